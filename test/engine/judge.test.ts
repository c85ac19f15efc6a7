import { describe, expect, it } from 'vitest';
import { BUNDLED_LEGAL_DATA } from '../../src/bundled-rules.js';
import { compileRule } from '../../src/engine/compile.js';
import { judge } from '../../src/engine/judge.js';
import { RuleRunner } from '../../src/engine/runner.js';
import { validateRuleSet } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { defineFact } from '../../src/facts/define.js';
import { needed } from '../../src/facts/unknowns.js';
import type { EvaluationContext } from '../../src/facts/context.js';
import { indexLegalData } from '../../src/facts/legal-index.js';
import { LegalDataSchema } from '../../src/schema/legal-data.js';
import type { NormalizedDossier } from '../../src/schema/normalize.js';

const text = (vi: string, en: string) => ({ vi, en });

// A small rule set of our own, to exercise the status order without depending on the bundled rules.
const header = {
  format: 'khuyencong.rule-set/1',
  id: 'test/judge',
  lesson: 'L3',
  version: '1.0.0',
  title: text('Thử', 'Test'),
  description: text('Bộ quy tắc thử', 'A test rule set'),
  weight: 1,
};
const ruleSet = validateRuleSet(
  {
    ...header,
    rules: [
      {
        id: 'T-windowed',
        severity: 'major',
        since: '1.0.0',
        effectiveFrom: '2025-07-01',
        effectiveTo: '2025-12-31',
        title: text('Có hiệu lực trong 2025', 'In force in late 2025'),
        description: text('Có cán bộ kỹ thuật', 'Has technical staff'),
        applicability: { all: [{ fact: 'dossier', path: 'scope', operator: 'equal', value: 'local' }] },
        requires: ['presidingUnit.staff.technical'],
        conditions: { all: [{ fact: 'dossier', path: 'presidingUnit.staff.technical', operator: 'greaterThan', value: 0 }] },
        event: { type: 'T-windowed' },
        messages: {
          pass: text('Đạt: {{dossier.presidingUnit.staff.technical}}', 'Pass: {{dossier.presidingUnit.staff.technical}}'),
          fail: text('Không đạt', 'Fail'),
          notApplicable: text('Không áp dụng cho {{dossier.scope}}', 'Not for {{dossier.scope}}'),
        },
        remediation: text('Bổ sung cán bộ', 'Add staff'),
        references: [{ kind: 'lesson', citation: 'Bài học 3', verified: true }],
      },
    ],
  },
  'test rule set',
  FACT_CATALOGUE,
);
const rules = ruleSet.rules.map((rule) => compileRule(ruleSet, rule, {}, FACT_CATALOGUE));
const runner = new RuleRunner(rules, FACT_CATALOGUE);
const legal = indexLegalData(LegalDataSchema.parse(BUNDLED_LEGAL_DATA));

async function judgeOne(dossier: NormalizedDossier, referenceDate: string) {
  const context: EvaluationContext = { dossier, asOf: '2026-01-15', referenceDate, referenceDateSource: 'option', legal };
  const [judgement] = await judge(rules, await runner.run(context), context);
  return judgement!;
}

const local = { scope: 'local', presidingUnit: { staff: { technical: 4 } } } as NormalizedDossier;

describe('judge: the order in which a status is decided', () => {
  it.each([
    ['2025-06-30', 'not-applicable', 'notInForce'],
    ['2025-07-01', 'pass', 'pass'],
    ['2025-12-31', 'pass', 'pass'],
    ['2026-01-01', 'not-applicable', 'notInForce'],
  ] as const)('reference date %s: %s (%s)', async (referenceDate, status, messageKind) => {
    const judgement = await judgeOne(local, referenceDate);
    expect(judgement.status).toBe(status);
    expect(judgement.messageKind).toBe(messageKind);
  });

  it('reports the reference date as the evidence of a rule out of its window', async () => {
    expect((await judgeOne(local, '2024-01-01')).evidence).toEqual([{ path: '@referenceDate', value: '2024-01-01' }]);
  });

  it('checks applicability before missing data', async () => {
    const judgement = await judgeOne({ scope: 'national' } as NormalizedDossier, '2025-08-01');
    expect(judgement).toMatchObject({ status: 'not-applicable', messageKind: 'notApplicable', missing: [] });
    expect(judgement.evidence).toEqual([{ path: 'scope', value: 'national' }]);
  });

  it('is incomplete, naming the missing paths, before looking at the conditions', async () => {
    const judgement = await judgeOne({ scope: 'local' } as NormalizedDossier, '2025-08-01');
    expect(judgement).toMatchObject({ status: 'incomplete', messageKind: 'missing', missing: [{ path: 'presidingUnit.staff.technical' }] });
  });

  it('is incomplete, not "not applicable", when the dossier field its applicability compares is absent', async () => {
    const judgement = await judgeOne({ presidingUnit: { staff: { technical: 4 } } } as NormalizedDossier, '2025-08-01');
    expect(judgement).toMatchObject({ status: 'incomplete', messageKind: 'missing', missing: [{ path: 'scope' }] });
    // Shown once: the leaf that read the absent field, with what it lacked (not a second bare copy).
    expect(judgement.evidence.filter((entry) => entry.path === 'scope')).toEqual([{ path: 'scope', value: null, missing: ['scope'] }]);
  });

  it('lets the conditions decide once the rule applies and has its data', async () => {
    const judgement = await judgeOne({ scope: 'local', presidingUnit: { staff: { technical: 0 } } } as NormalizedDossier, '2025-08-01');
    expect(judgement).toMatchObject({ status: 'fail', messageKind: 'fail' });
    expect(judgement.evidence).toEqual([{ path: 'presidingUnit.staff.technical', value: 0 }]);
  });

  it('reads only the template values the messages use', async () => {
    const judgement = await judgeOne(local, '2025-08-01');
    expect(Object.keys(judgement.templateValues).sort()).toEqual(['asOf', 'dossier', 'missing', 'param', 'referenceDate']);
  });
});

// A fact that, like a catalogue fact, notes what it lacks: the staff total, unless the dossier gives it.
const staffTotal = defineFact({
  name: 'testStaffTotal',
  returns: 'number',
  compute: (context) => needed(context, context.dossier.presidingUnit?.staff?.total, 'presidingUnit.staff.total'),
});
const facts = new Map([...FACT_CATALOGUE, [staffTotal.name, staffTotal]]);
const applicabilitySet = validateRuleSet(
  {
    ...header,
    id: 'test/judge-applicability',
    rules: [
      {
        id: 'T-staffed',
        severity: 'major',
        since: '1.0.0',
        title: text('Đơn vị có nhân sự', 'A staffed unit'),
        description: text('Áp dụng khi đơn vị có nhân sự', 'Applies when the unit has staff'),
        applicability: {
          all: [
            { fact: 'testStaffTotal', operator: 'greaterThan', value: 0 },
            { fact: 'dossier', path: 'scope', operator: 'equal', value: 'local' },
          ],
        },
        conditions: { all: [{ fact: 'dossier', path: 'presidingUnit.staff.technical', operator: 'greaterThan', value: 0 }] },
        event: { type: 'T-staffed' },
        messages: {
          pass: text('Đạt', 'Pass'),
          fail: text('Không đạt', 'Fail'),
          notApplicable: text('Không áp dụng', 'Not applicable'),
          missing: text('Thiếu {{missing}}', 'Lacks {{missing}}'),
        },
        remediation: text('Bổ sung', 'Supply'),
        references: [{ kind: 'lesson', citation: 'Bài học 3', verified: true }],
      },
    ],
  },
  'test rule set',
  facts,
);
const applicabilityRules = applicabilitySet.rules.map((rule) => compileRule(applicabilitySet, rule, {}, facts));
const applicabilityRunner = new RuleRunner(applicabilityRules, facts);

async function judgeApplicability(dossier: NormalizedDossier) {
  const context: EvaluationContext = { dossier, asOf: '2026-01-15', referenceDate: '2025-08-01', referenceDateSource: 'option', legal };
  const [judgement] = await judge(applicabilityRules, await applicabilityRunner.run(context), context);
  return judgement!;
}

describe('judge: an applicability that rests on absent data', () => {
  it('is incomplete, naming what the fact lacked, not "not applicable"', async () => {
    const judgement = await judgeApplicability({ scope: 'local', presidingUnit: { staff: { technical: 0 } } } as NormalizedDossier);
    expect(judgement).toMatchObject({ status: 'incomplete', messageKind: 'missing', missing: [{ path: 'presidingUnit.staff.total' }] });
    expect(judgement.evidence).toContainEqual({ path: 'presidingUnit.staff.total', value: null });
  });

  it('is not applicable when another part of it is decided false, whatever the fact lacked', async () => {
    const judgement = await judgeApplicability({ scope: 'national', presidingUnit: { staff: { technical: 0 } } } as NormalizedDossier);
    expect(judgement).toMatchObject({ status: 'not-applicable', messageKind: 'notApplicable', missing: [] });
  });

  it('lets the conditions decide once the data is given', async () => {
    const judgement = await judgeApplicability({ scope: 'local', presidingUnit: { staff: { total: 5, technical: 0 } } } as NormalizedDossier);
    expect(judgement).toMatchObject({ status: 'fail', messageKind: 'fail' });
  });
});
