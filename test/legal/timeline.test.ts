import { describe, expect, it } from 'vitest';
import { createEvaluator, fingerprint, OptionsError, RuleSetError, type Report } from '../../src/index.js';
import { BUNDLED_LEGAL_DATA, BUNDLED_RULE_SETS } from '../../src/bundled-rules.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { evaluator } from '../support/evaluate.js';
import { withoutParties } from '../support/scenarios.js';

const AS_OF = '2026-01-10';

function statuses(report: Report): Record<string, string> {
  return Object.fromEntries(report.findings.map((finding) => [finding.ruleId, finding.status]));
}

/** The rules whose status differs between two reports, with both statuses. */
function statusChanges(before: Report, after: Report): Record<string, [string, string]> {
  const a = statuses(before);
  const b = statuses(after);
  return Object.fromEntries(Object.keys(a).filter((id) => a[id] !== b[id]).map((id) => [id, [a[id]!, b[id]!]]));
}

function finding(report: Report, ruleId: string) {
  return report.findings.find((candidate) => candidate.ruleId === ruleId)!;
}

describe('the law of the reference date applies', () => {
  it('2025-06-30 → 2025-07-01: only the district requirement changes', async () => {
    // A dossier whose commune People's Committee coordinates, but not the district's.
    const communeOnly = exampleWith((dossier) => withoutParties(dossier, 'district-peoples-committee'));
    const before = await evaluator.evaluate(communeOnly, { asOf: AS_OF, referenceDate: '2025-06-30' });
    const after = await evaluator.evaluate(communeOnly, { asOf: AS_OF, referenceDate: '2025-07-01' });
    expect(statusChanges(before, after)).toEqual({ 'L1-local-authority': ['fail', 'pass'] });
    expect(finding(before, 'L1-local-authority').message).toContain('UBND cấp huyện (Hưng Hà)');
  });

  it('2025-10-14 → 2025-10-15: only the new content type and the new kind of beneficiary change', async () => {
    const digitalArtisan = exampleWith((dossier) => {
      dossier.contentType = 'digital-transformation';
      dossier.beneficiaries[0].kind = 'artisan';
      dossier.beneficiaries[0].name = 'Nghệ nhân Nguyễn Thị Hoa';
    });
    const before = await evaluator.evaluate(digitalArtisan, { asOf: AS_OF, referenceDate: '2025-10-14' });
    const after = await evaluator.evaluate(digitalArtisan, { asOf: AS_OF, referenceDate: '2025-10-15' });
    expect(statusChanges(before, after)).toEqual({
      'L4-eligible-content': ['fail', 'pass'],
      'L4-eligible-beneficiaries': ['fail', 'pass'],
    });
  });

  it('2025-10-14 → 2025-10-15: women-owned beneficiaries become a priority', async () => {
    const noPrioritySector = exampleWith((dossier) => {
      dossier.alignment.prioritySectors = [];
    });
    const before = await evaluator.evaluate(noPrioritySector, { asOf: AS_OF, referenceDate: '2025-10-14' });
    const after = await evaluator.evaluate(noPrioritySector, { asOf: AS_OF, referenceDate: '2025-10-15' });
    expect(statusChanges(before, after)).toEqual({ 'L4-priority': ['fail', 'pass'] });
  });
});

describe('support caps for machinery (per establishment)', () => {
  /** The example with the khuyến công support on its two machines set to `support` VND in all, at most half their cost. */
  const withSupport = (support: number, technologyLine = false) =>
    exampleWith((dossier) => {
      const [blower, packer] = dossier.budget.lines;
      blower.unitCost = blower.amount = 500000000;
      packer.unitCost = packer.amount = 400000000;
      blower.funding = { khuyenCong: support / 2, counterpart: 500000000 - support / 2 };
      packer.funding = { khuyenCong: support / 2, counterpart: 400000000 - support / 2 };
      dossier.beneficiaries[0].counterpartCommitted = 2000000000;
      if (technologyLine) blower.technologyLine = packer.technologyLine = true;
    });

  it.each([
    ['2016-06-01', 200000000, 'pass'],
    ['2016-06-01', 210000000, 'fail'],
    ['2018-05-10', 210000000, 'fail'],
    ['2018-05-11', 210000000, 'pass'],
    ['2019-06-01', 300000000, 'pass'],
    ['2019-06-01', 310000000, 'fail'],
  ] as const)('approved %s with %d VND of support: %s', async (approvedOn, support, status) => {
    const dossier = withSupport(support);
    (dossier as { approvedOn: string }).approvedOn = approvedOn;
    const report = await evaluator.evaluate(dossier, { asOf: AS_OF });
    expect(finding(report, 'L5-support-cap').status).toBe(status);
  });

  it('names the cap of the law in force: 200 million under TTLT 26/2014, 300 million under TT 28/2018', async () => {
    const in2016 = await evaluator.evaluate(withSupport(250000000), { asOf: AS_OF, referenceDate: '2016-06-01' });
    const in2019 = await evaluator.evaluate(withSupport(350000000), { asOf: AS_OF, referenceDate: '2019-06-01' });
    expect(finding(in2016, 'L5-support-cap').message).toContain('200.000.000 đồng');
    expect(finding(in2016, 'L5-support-cap').message).toContain('26/2014');
    expect(finding(in2019, 'L5-support-cap').message).toContain('300.000.000 đồng');
    expect(finding(in2019, 'L5-support-cap').message).toContain('28/2018');
  });

  it('allows a whole technology line 1.5 × the cap (450 million) under TT 28/2018', async () => {
    const line = await evaluator.evaluate(withSupport(440000000, true), { asOf: AS_OF, referenceDate: '2019-06-01' });
    expect(finding(line, 'L5-support-cap').status).toBe('pass');
    expect(finding(line, 'L5-support-cap').message).toContain('450.000.000 đồng');
    const over = await evaluator.evaluate(withSupport(460000000, true), { asOf: AS_OF, referenceDate: '2019-06-01' });
    expect(finding(over, 'L5-support-cap').status).toBe('fail');
    const notALine = await evaluator.evaluate(withSupport(440000000), { asOf: AS_OF, referenceDate: '2019-06-01' });
    expect(finding(notALine, 'L5-support-cap').status).toBe('fail');
  });
});

describe("the Ministry's agency is named as on the reference date", () => {
  const withoutAgency = exampleWith((dossier) => withoutParties(dossier, 'ministry-agency'));

  it.each([
    ['2013-06-01', 'Cục Công nghiệp địa phương'],
    ['2020-06-01', 'Cục Công Thương địa phương'],
    ['2026-03-01', 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công'],
  ])('%s: %s', async (referenceDate, agency) => {
    const report = await evaluator.evaluate(withoutAgency, { asOf: AS_OF, referenceDate });
    const message = finding(report, 'L1-ministry-agency').message;
    expect(message).toContain(agency);
    for (const other of ['Cục Công nghiệp địa phương', 'Cục Công Thương địa phương', 'Cục Đổi mới sáng tạo']) {
      if (!agency.startsWith(other)) expect(message).not.toContain(other);
    }
  });
});

describe('reproducible reports', () => {
  const bundledL5 = BUNDLED_RULE_SETS[4] as { id: string; version: string; rules: { id: string; parameters?: Record<string, { default: unknown }> }[] };

  /** rules/L5.json as an earlier release might have had it: version 0.9.0, 2 price quotes. */
  function olderL5() {
    const older = structuredClone(bundledL5);
    older.version = '0.9.0';
    older.rules.find((rule) => rule.id === 'L5-market-prices')!.parameters!.minPriceQuotes!.default = 2;
    return older;
  }

  it('stamps every rule set with its version and fingerprint, and the legal data with its own', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: AS_OF });
    expect(report.ruleSets.map((set) => set.fingerprint)).toEqual(BUNDLED_RULE_SETS.map((set) => fingerprint(set as object)));
    expect(report.legalData).toMatchObject({ fingerprint: fingerprint(BUNDLED_LEGAL_DATA as object), origin: 'bundled' });
  });

  it('re-evaluates with a pinned older rule set, and the stamp proves which one', async () => {
    const older = olderL5();
    const pinned = createEvaluator({ ruleSets: [older] });
    const report = await pinned.evaluate(exampleDossier(), { asOf: AS_OF });
    const stamp = report.ruleSets.find((set) => set.id === 'khuyencong/L5')!;
    expect(stamp).toEqual({ id: 'khuyencong/L5', lesson: 'L5', version: '0.9.0', fingerprint: fingerprint(older), origin: 'host' });
    expect(report.ruleSets.filter((set) => set.origin === 'host')).toHaveLength(1);
    expect(finding(report, 'L5-market-prices').status).toBe('pass');
    const current = await evaluator.evaluate(exampleDossier(), { asOf: AS_OF });
    expect(finding(current, 'L5-market-prices').status).toBe('fail');
  });

  it('gives a reformatted copy of a rule set the same fingerprint as the original', async () => {
    const reformatted = JSON.parse(JSON.stringify(bundledL5, null, 9));
    const report = await createEvaluator({ ruleSets: [reformatted] }).evaluate(exampleDossier(), { asOf: AS_OF });
    expect(report.ruleSets[4]!.fingerprint).toBe(fingerprint(bundledL5));
  });

  it('rejects a pinned rule set that is not valid, naming where it came from', () => {
    const broken = structuredClone(bundledL5) as Record<string, unknown>;
    delete broken.version;
    expect(() => createEvaluator({ ruleSets: [broken] })).toThrow(RuleSetError);
    expect(() => createEvaluator({ ruleSets: [broken] })).toThrow(/options\.ruleSets\[0\]/);
  });

  it('evaluates with pinned legal data and stamps it', async () => {
    const legal = structuredClone(BUNDLED_LEGAL_DATA) as { version: string; entries: { key: string; effectiveFrom?: string; value: unknown }[] };
    legal.version = '0.9.0';
    const entry = legal.entries.find((candidate) => candidate.key === 'supportCap.advanced-equipment' && candidate.effectiveFrom === '2018-05-11')!;
    (entry.value as { maxVnd: number }).maxVnd = 250000000;
    const report = await createEvaluator({ legalData: legal }).evaluate(exampleDossier(), { asOf: AS_OF });
    expect(report.legalData).toEqual({ version: '0.9.0', fingerprint: fingerprint(legal), origin: 'host' });
    expect(finding(report, 'L5-support-cap').status).toBe('fail');
  });

  it('stamps every parameter the host overrode, and only those', async () => {
    const tuned = createEvaluator({ parameters: { 'L5-regular-inspection': { maxGapDays: 60 }, 'L5-market-prices': { minPriceQuotes: 2 } } });
    const report = await tuned.evaluate(exampleDossier(), { asOf: AS_OF });
    expect(report.overrides.parameters).toEqual({ 'L5-regular-inspection': { maxGapDays: 60 }, 'L5-market-prices': { minPriceQuotes: 2 } });
    expect(report.overrides).toMatchObject({ rules: {}, lessonWeights: {}, messages: {}, facts: [] });
    expect(finding(report, 'L5-market-prices').status).toBe('pass');
    expect(finding(report, 'L5-regular-inspection').status).toBe('fail');
  });

  it.each([
    [{ 'L9-nothing': { x: 1 } }, 'parameters.L9-nothing'],
    [{ 'L5-market-prices': { minQuotes: 2 } }, 'parameters.L5-market-prices.minQuotes'],
    [{ 'L5-market-prices': { minPriceQuotes: '2' } }, 'parameters.L5-market-prices.minPriceQuotes'],
    [{ 'L5-market-prices': { minPriceQuotes: 0 } }, 'parameters.L5-market-prices.minPriceQuotes'],
  ])('rejects a bad parameter override %j, naming it', (parameters, option) => {
    let error: unknown;
    try {
      createEvaluator({ parameters: parameters as never });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).option).toBe(option);
  });
});

describe('a rule outside its effective window', () => {
  const text = (vi: string, en: string) => ({ vi, en });
  const windowed = {
    format: 'khuyencong.rule-set/1',
    id: 'host/two-level-government',
    lesson: 'L1',
    version: '1.0.0',
    title: text('Chính quyền hai cấp', 'Two-level government'),
    description: text('Quy tắc thử có thời hạn', 'A test rule with an effective window'),
    weight: 1,
    rules: [
      {
        id: 'HOST-commune-only',
        severity: 'minor',
        since: '1.0.0',
        effectiveFrom: '2025-07-01',
        title: text('Chỉ cần UBND cấp xã', 'Commune committee suffices'),
        description: text('Có UBND cấp xã phối hợp', 'The commune committee coordinates'),
        conditions: { all: [{ fact: 'engagementsBy', params: { parties: ['commune-peoples-committee'] }, operator: 'isEmpty', value: false }] },
        event: { type: 'HOST-commune-only' },
        messages: { pass: text('Đạt.', 'Passes.'), fail: text('Không đạt.', 'Fails.') },
        remediation: text('Bổ sung.', 'Add it.'),
        references: [{ kind: 'lesson', citation: 'Bài học 1', verified: true }],
      },
    ],
  };

  it('is not applicable, and the message says from when it applies and what the reference date is', async () => {
    const host = createEvaluator({ ruleSets: [windowed] });
    const before = await host.evaluate(exampleDossier(), { asOf: AS_OF, referenceDate: '2025-06-30' });
    const rule = finding(before, 'HOST-commune-only');
    expect(rule.status).toBe('not-applicable');
    expect(rule.message).toBe('Tiêu chí này chỉ áp dụng cho ngày tham chiếu từ 01/07/2025; ngày tham chiếu của hồ sơ là 30/06/2025.');
    expect(rule.impact).toEqual({ weight: 0, points: 0, pointsLost: 0 });
    const english = await host.evaluate(exampleDossier(), { asOf: AS_OF, referenceDate: '2025-06-30', locale: 'en' });
    expect(finding(english, 'HOST-commune-only').message).toBe(
      'This criterion applies only to reference dates from 1 Jul 2025; the reference date of this dossier is 30 Jun 2025.',
    );
    const after = await host.evaluate(exampleDossier(), { asOf: AS_OF, referenceDate: '2025-07-01' });
    expect(finding(after, 'HOST-commune-only').status).toBe('pass');
    expect(after.ruleSets.at(-1)).toMatchObject({ id: 'host/two-level-government', origin: 'host' });
  });
});
