import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createEvaluator, HostFactError, OptionsError, RuleSetError, type HostFact, type Report } from '../src/index.js';
import { exampleDossier, exampleWith } from './support/dossiers.js';

const AS_OF = '2024-12-01';
const finding = (report: Report, ruleId: string) => report.findings.find((candidate) => candidate.ruleId === ruleId);

function optionsError(make: () => unknown): OptionsError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(OptionsError);
    return error as OptionsError;
  }
  throw new Error('expected an OptionsError');
}

describe('rules: off, severity, weight', () => {
  it("'off' removes the rule's finding, and the score follows", async () => {
    const report = await createEvaluator({ rules: { 'L5-market-prices': 'off' } }).evaluate(exampleDossier(), { asOf: AS_OF });
    expect(finding(report, 'L5-market-prices')).toBeUndefined();
    expect(report.findings).toHaveLength(41);
    expect(report.score).toBe(100);
    expect(report.verdict).toBe('ready');
    expect(report.overrides.rules).toEqual({ 'L5-market-prices': 'off' });
  });

  it('a new severity changes the finding and the verdict', async () => {
    const report = await createEvaluator({ rules: { 'L5-market-prices': { severity: 'critical' } } }).evaluate(exampleDossier(), { asOf: AS_OF });
    expect(finding(report, 'L5-market-prices')).toMatchObject({ severity: 'critical', status: 'fail' });
    expect(report.verdict).toBe('not-ready');
  });

  it("a weight replaces the severity's weight in the lesson score and the impact", async () => {
    const report = await createEvaluator({ rules: { 'L5-market-prices': { weight: 20 } } }).evaluate(exampleDossier(), { asOf: AS_OF });
    // L5's applicable weights were 71 with the rule at 5; at 20 they are 86, and 66 of them pass.
    expect(report.lessons.find((lesson) => lesson.id === 'L5')!.score).toBe(Math.round((100 * 66) / 86));
    expect(finding(report, 'L5-market-prices')!.impact).toEqual({ weight: 20, points: 4.7, pointsLost: 4.7 });
  });

  it.each([
    [{ 'L9-unknown': 'off' }, 'rules.L9-unknown'],
    [{ 'L5-market-prices': 'disabled' }, 'rules.L5-market-prices'],
    [{ 'L5-market-prices': { severity: 'blocker' } }, 'rules.L5-market-prices.severity'],
    [{ 'L5-market-prices': { weight: -1 } }, 'rules.L5-market-prices.weight'],
    [{ 'L5-market-prices': { impact: 3 } }, 'rules.L5-market-prices.impact'],
  ])('rejects %j, naming the option', (rules, option) => {
    expect(optionsError(() => createEvaluator({ rules: rules as never })).option).toBe(option);
  });
});

describe('lessonWeights', () => {
  it('weights the lessons in the overall score', async () => {
    const report = await createEvaluator({ lessonWeights: { L5: 4 } }).evaluate(exampleDossier(), { asOf: AS_OF });
    const l5 = (100 * 66) / 71;
    expect(report.score).toBe(Math.round((400 + 4 * l5) / 8));
    expect(report.lessons.find((lesson) => lesson.id === 'L5')!.weight).toBe(4);
    expect(report.overrides.lessonWeights).toEqual({ L5: 4 });
  });

  it.each([[{ L6: 1 }, 'lessonWeights.L6'], [{ L1: -2 }, 'lessonWeights.L1']])('rejects %j', (lessonWeights, option) => {
    expect(optionsError(() => createEvaluator({ lessonWeights: lessonWeights as never })).option).toBe(option);
  });
});

describe('messages', () => {
  it("rewords a rule's texts in one language, keeping the other", async () => {
    const evaluator = createEvaluator({
      messages: {
        'L5-market-prices': {
          remediation: { vi: 'Bổ sung báo giá theo mẫu số 3 của Sở Công Thương: cần {{param.minPriceQuotes}} báo giá.' },
          fail: { en: '{{#shortLines}}{{label}}: {{priceQuotes}} quotes{{/shortLines}} (the province asks for {{param.minPriceQuotes}}).' },
        },
      },
    });
    const vi = await evaluator.evaluate(exampleDossier(), { asOf: AS_OF });
    expect(finding(vi, 'L5-market-prices')!.remediation).toBe('Bổ sung báo giá theo mẫu số 3 của Sở Công Thương: cần 3 báo giá.');
    expect(finding(vi, 'L5-market-prices')!.message).toBe('Máy đóng gói bánh cáy có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.');
    const en = await evaluator.evaluate(exampleDossier(), { asOf: AS_OF, locale: 'en' });
    expect(finding(en, 'L5-market-prices')!.message).toBe('Máy đóng gói bánh cáy: 2 quotes (the province asks for 3).');
    expect(vi.overrides.messages['L5-market-prices']).toHaveProperty('remediation');
  });

  it.each([
    [{ 'L5-market-prices': { fail: { vi: '{{nonsense}}' } } }, 'messages.L5-market-prices', 'nonsense'],
    [{ 'L5-market-prices': { fail: { vi: '{{#shortLines}}unclosed' } } }, 'messages.L5-market-prices', 'never closed'],
    [{ 'L5-market-prices': { title: { vi: 'x' } } }, 'messages.L5-market-prices.title', 'remediation'],
    [{ 'L9-nothing': { fail: { vi: 'x' } } }, 'messages.L9-nothing', 'no such rule'],
    [{ 'L1-provincial-leadership': { notApplicable: { vi: 'Không áp dụng.' } } }, 'messages.L1-provincial-leadership.notApplicable', 'both vi and en'],
  ])('rejects %j, naming the rule and the problem', (messages, option, problem) => {
    const error = optionsError(() => createEvaluator({ messages: messages as never }));
    expect(error.option).toBe(option);
    expect(error.message).toContain(problem);
  });
});

/** A province's registry of recognised craft villages, looked up asynchronously as a real host would. */
const registry = new Map([['Thái Phương', { recognisedOn: '2008-05-12', name: 'Làng nghề bánh cáy Thái Phương' }]]);

const craftVillageFact: HostFact<{ recognised: boolean; name?: string | undefined; recognisedOn?: string | undefined }> = {
  name: 'craftVillageRegistry',
  description: {
    vi: 'Làng nghề nơi thực hiện có trong danh sách làng nghề được UBND tỉnh công nhận hay không.',
    en: "Whether the project's commune is a craft village recognised by the Provincial People's Committee.",
  },
  schema: z.object({ recognised: z.boolean(), name: z.string().optional(), recognisedOn: z.string().optional() }),
  compute: async ({ dossier }) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const entry = registry.get(dossier.location?.commune ?? '');
    return entry ? { recognised: true, ...entry } : { recognised: false };
  },
};

const text = (vi: string, en: string) => ({ vi, en });
const hostRuleSet = {
  format: 'khuyencong.rule-set/1',
  id: 'tinh-hung-yen/L4-extra',
  lesson: 'L4',
  version: '1.0.0',
  title: text('Quy định riêng của tỉnh', "The province's own rules"),
  description: text('Các tiêu chí bổ sung của tỉnh', "The province's additional criteria"),
  weight: 1,
  rules: [
    {
      id: 'HY-recognised-craft-village',
      severity: 'minor',
      since: '1.0.0',
      title: text('Thực hiện tại làng nghề được công nhận', 'Runs in a recognised craft village'),
      description: text('Xã nơi thực hiện là làng nghề được công nhận', 'The commune is a recognised craft village'),
      applicability: { all: [{ fact: 'dossier', path: 'location.area', operator: 'equal', value: 'rural' }] },
      conditions: { all: [{ fact: 'craftVillageRegistry', path: 'recognised', operator: 'equal', value: true }] },
      event: { type: 'HY-recognised-craft-village' },
      messages: {
        pass: text('{{craftVillageRegistry.name}} được công nhận ngày {{craftVillageRegistry.recognisedOn|date}}.', '{{craftVillageRegistry.name}} was recognised on {{craftVillageRegistry.recognisedOn|date}}.'),
        fail: text('Xã {{dossier.location.commune}} không có trong danh sách làng nghề được công nhận.', 'The commune {{dossier.location.commune}} is not a recognised craft village.'),
        notApplicable: text('Không áp dụng: địa bàn không phải nông thôn.', 'Not applicable: not a rural area.'),
      },
      remediation: text('Đề nghị UBND tỉnh công nhận làng nghề.', 'Ask the province to recognise the craft village.'),
      references: [{ kind: 'guidance', citation: 'Quy định của UBND tỉnh', verified: false }],
    },
  ],
};

describe('host facts and host rule sets', () => {
  const evaluator = createEvaluator({ facts: [craftVillageFact], ruleSets: [hostRuleSet] });

  it('runs the host rule with the async host fact, in the lesson it names, and stamps both', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: AS_OF });
    expect(finding(report, 'HY-recognised-craft-village')).toMatchObject({
      lesson: 'L4',
      ruleSet: 'tinh-hung-yen/L4-extra',
      status: 'pass',
      message: 'Làng nghề bánh cáy Thái Phương được công nhận ngày 12/05/2008.',
    });
    expect(finding(report, 'HY-recognised-craft-village')!.evidence).toEqual([{ path: '@craftVillageRegistry.recognised', value: true }]);
    expect(report.ruleSets.at(-1)).toMatchObject({ id: 'tinh-hung-yen/L4-extra', origin: 'host' });
    expect(report.overrides.facts).toEqual([{ name: 'craftVillageRegistry', description: craftVillageFact.description }]);
    expect(report.lessons.find((lesson) => lesson.id === 'L4')!.counts.pass).toBe(7);
  });

  it('fails the host rule for a commune that is not in the registry', async () => {
    const elsewhere = exampleWith((dossier) => {
      dossier.location.commune = 'Tân Lễ';
    });
    const report = await evaluator.evaluate(elsewhere, { asOf: AS_OF, locale: 'en' });
    expect(finding(report, 'HY-recognised-craft-village')).toMatchObject({
      status: 'fail',
      message: 'The commune Tân Lễ is not a recognised craft village.',
    });
  });

  it('rejects with HostFactError when a host fact returns a value its schema refuses, or throws', async () => {
    const wrongValue = createEvaluator({ facts: [{ ...craftVillageFact, compute: () => ({ recognised: 'yes' }) as never }], ruleSets: [hostRuleSet] });
    await expect(wrongValue.evaluate(exampleDossier(), { asOf: AS_OF })).rejects.toThrow(HostFactError);
    await expect(wrongValue.evaluate(exampleDossier(), { asOf: AS_OF, locale: 'en' })).rejects.toThrow(/recognised: must be true or false/);
    const failing = createEvaluator({
      facts: [{ ...craftVillageFact, compute: async () => Promise.reject(new Error('registry unreachable')) }],
      ruleSets: [hostRuleSet],
    });
    const result = await failing.safeEvaluate(exampleDossier(), { asOf: AS_OF });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(HostFactError);
      expect((result.error as HostFactError).fact).toBe('craftVillageRegistry');
      expect(result.error.message).toContain('registry unreachable');
    }
  });

  it.each([
    [[{ ...craftVillageFact, name: 'beneficiaryCount' }], 'facts[0].name'],
    [[craftVillageFact, craftVillageFact], 'facts[1].name'],
    [[{ ...craftVillageFact, name: 'Craft village' }], 'facts[0].name'],
    [[{ ...craftVillageFact, schema: { parse: () => true } }], 'facts[0].schema'],
    [[{ ...craftVillageFact, description: 'registry' }], 'facts[0].description'],
  ])('rejects a bad fact declaration (%#), naming it', (facts, option) => {
    expect(optionsError(() => createEvaluator({ facts: facts as never })).option).toBe(option);
  });

  it('rejects a host rule set that names a fact nobody declared', () => {
    expect(() => createEvaluator({ ruleSets: [hostRuleSet] })).toThrow(RuleSetError);
    expect(() => createEvaluator({ ruleSets: [hostRuleSet] })).toThrow(/craftVillageRegistry/);
  });

  it('rejects a host rule whose id is already taken', () => {
    const clash = structuredClone(hostRuleSet);
    clash.rules[0]!.id = 'L4-priority';
    expect(optionsError(() => createEvaluator({ facts: [craftVillageFact], ruleSets: [clash] })).option).toBe('ruleSets');
  });
});

describe('what hosts need around the evaluator', () => {
  it('exposes the stamp every report of an evaluator carries', async () => {
    const evaluator = createEvaluator({ parameters: { 'L5-market-prices': { minPriceQuotes: 2 } } });
    const report = await evaluator.evaluate(exampleDossier(), { asOf: AS_OF });
    const { ruleSets, legalData, localNorms, overrides, scoring, library } = report;
    expect(evaluator.stamp).toEqual({ ruleSets, legalData, localNorms, overrides, scoring, library });
  });

  it('tags every error with a plain kind and gives option errors in each language', async () => {
    const evaluator = createEvaluator();
    const invalid = await evaluator.safeEvaluate({ approvedOn: '2024-02-30' });
    expect(!invalid.success && invalid.error.kind).toBe('invalid-dossier');
    // `kind` narrows the error's type, as the README shows.
    if (!invalid.success && invalid.error.kind === 'invalid-dossier') expect(invalid.error.issues[0]!.path).toBe('approvedOn');
    const badOption = await evaluator.safeEvaluate(exampleDossier(), { asOf: '2024-13-01' });
    expect(!badOption.success && badOption.error.kind).toBe('invalid-option');
    if (!badOption.success && badOption.error instanceof OptionsError) {
      expect(badOption.error.messages.en).toBe('must be a real calendar date YYYY-MM-DD, got "2024-13-01"');
      expect(badOption.error.messages.vi).toContain('nhận được "2024-13-01"');
    }
  });

  it('checks every option before the dossier', async () => {
    const result = await createEvaluator().safeEvaluate({ approvedOn: '2024-02-30' }, { asOf: '2024-12-01', referenceDate: 'yesterday' });
    expect(!result.success && result.error.kind).toBe('invalid-option');
  });
});
