import { afterEach, describe, expect, it, vi } from 'vitest';
import packageJson from '../package.json';
import legalData from '../rules/legal-data.json';
import {
  createEvaluator,
  DossierValidationError,
  evaluate,
  formatReportText,
  LESSON_IDS,
  LIBRARY_VERSION,
  OptionsError,
  ReportSchema,
  safeEvaluate,
  type EvaluateOptions,
  type Locale,
  type Report,
} from '../src/index.js';
import { exampleDossier, exampleWith } from './support/dossiers.js';
import { evaluator } from './support/evaluate.js';
import { RULE_FILES } from './support/rule-cases.js';
import { thaiBinhNorms } from './support/local-norms.js';
import { localProject } from './support/scenarios.js';
import { fingerprint } from '../src/stamp/fingerprint.js';

function expectValidReport(report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
}

function findingOf(report: Report, ruleId: string) {
  const finding = report.findings.find((candidate) => candidate.ruleId === ruleId);
  if (!finding) throw new Error(`no finding for ${ruleId}`);
  return finding;
}

describe('evaluate() on the spec example dossier', () => {
  it('returns a report that matches ReportSchema', async () => {
    const report = await evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('has one finding per rule of the rule files, in file order', async () => {
    const report = await evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const ids = RULE_FILES.flatMap((ruleSet) => ruleSet.rules.map((rule) => rule.id));
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(ids);
    // The rule catalogue's 40 rules are the minimum.
    expect(ids.length).toBeGreaterThanOrEqual(40);
  });
});

describe('reference date', () => {
  const cases: { name: string; dossier: unknown; options?: EvaluateOptions; date: string; source: Report['referenceDate']['source'] }[] = [
    { name: 'approvedOn first', dossier: exampleDossier(), date: '2023-12-28', source: 'approvedOn' },
    {
      name: 'else submittedOn',
      dossier: exampleWith((d) => {
        delete d.approvedOn;
      }),
      date: '2023-05-12',
      source: 'submittedOn',
    },
    {
      name: 'approvedOn null counts as absent',
      dossier: exampleWith((d) => {
        d.approvedOn = null;
      }),
      date: '2023-05-12',
      source: 'submittedOn',
    },
    {
      name: 'else period.start',
      dossier: exampleWith((d) => {
        delete d.approvedOn;
        delete d.submittedOn;
      }),
      date: '2024-03-01',
      source: 'period.start',
    },
    {
      name: 'else asOf',
      dossier: exampleWith((d) => {
        delete d.approvedOn;
        delete d.submittedOn;
        delete d.period;
      }),
      date: '2024-12-01',
      source: 'asOf',
    },
    {
      name: 'an explicit referenceDate option wins over approvedOn',
      dossier: exampleDossier(),
      options: { referenceDate: '2025-08-01' },
      date: '2025-08-01',
      source: 'option',
    },
    {
      name: 'a referenceDate Date is read as the calendar date in Vietnam',
      dossier: exampleDossier(),
      options: { referenceDate: new Date('2025-06-30T17:30:00Z') },
      date: '2025-07-01',
      source: 'option',
    },
  ];

  it.each(cases)('$name', async ({ dossier, options, date, source }) => {
    const report = await evaluator.evaluate(dossier, { asOf: '2024-12-01', ...options });
    expect(report.referenceDate).toEqual({ date, source });
    expect(report.asOf).toBe('2024-12-01');
    expectValidReport(report);
  });

  it('decides which law applies: the district level is required on 2023-12-28, not on 2025-08-01', async () => {
    const dossier = exampleWith((d) => {
      d.engagements = d.engagements.filter((engagement: { party: string }) => engagement.party !== 'district-peoples-committee');
    });
    const byApproval = await evaluator.evaluate(dossier, { asOf: '2024-12-01' });
    expect(findingOf(byApproval, 'L1-local-authority').status).toBe('fail');
    const byOption = await evaluator.evaluate(dossier, { asOf: '2024-12-01', referenceDate: '2025-08-01' });
    expect(findingOf(byOption, 'L1-local-authority').status).toBe('pass');
  });

  it("an evaluator's default referenceDate applies, and a call's own option wins over it", async () => {
    const pinned = createEvaluator({ referenceDate: '2025-08-01', asOf: '2025-09-01' });
    const byDefault = await pinned.evaluate(exampleDossier());
    expect(byDefault.referenceDate).toEqual({ date: '2025-08-01', source: 'option' });
    expect(byDefault.asOf).toBe('2025-09-01');
    const byCall = await pinned.evaluate(exampleDossier(), { referenceDate: '2024-01-01', asOf: '2024-12-01' });
    expect(byCall.referenceDate).toEqual({ date: '2024-01-01', source: 'option' });
    expect(byCall.asOf).toBe('2024-12-01');
  });
});

describe('asOf', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['2024-11-30T18:00:00Z', '2024-12-01'],
    ['2024-11-30T16:59:59Z', '2024-11-30'],
    ['2024-11-30T17:00:00Z', '2024-12-01'],
    ['2024-12-31T23:59:59+07:00', '2024-12-31'],
  ])('a Date %s is read as the calendar date in Vietnam (UTC+7): %s', async (instant, date) => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: new Date(instant) });
    expect(report.asOf).toBe(date);
  });

  it('a Date asOf decides progress checks: 2024-11-30T18:00Z is already 2024-12-01 in Vietnam', async () => {
    // a running project inspected last on 2024-07-10: 143 days on 2024-11-30, 144 on 2024-12-01
    const running = exampleWith((d) => {
      d.stage = 'in-progress';
      d.period.end = '2025-02-28';
      d.implementation.inspections = d.implementation.inspections.slice(0, 2);
    });
    const report = await evaluator.evaluate(running, { asOf: new Date('2024-11-30T18:00:00Z') });
    expect(findingOf(report, 'L5-regular-inspection').evidence).toContainEqual({
      path: '@inspectionGapsLongerThan',
      params: { days: 90 },
      value: [{ from: '2024-07-10', to: '2024-12-01', days: 144, untilAsOf: true }],
    });
  });

  it("defaults to today's date in Vietnam", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-30T18:30:00Z')); // 01:30 on 2024-12-01 in Hà Nội
    const undated = exampleWith((d) => {
      delete d.approvedOn;
      delete d.submittedOn;
      delete d.period;
    });
    const report = await evaluator.evaluate(undated);
    expect(report.asOf).toBe('2024-12-01');
    expect(report.referenceDate).toEqual({ date: '2024-12-01', source: 'asOf' });
    vi.setSystemTime(new Date('2024-11-30T16:30:00Z')); // 23:30 on 2024-11-30 in Hà Nội
    expect((await evaluate(exampleDossier())).asOf).toBe('2024-11-30');
  });
});

describe('invalid options', () => {
  it.each<[string, EvaluateOptions]>([
    ['asOf 2024-13-01', { asOf: '2024-13-01' }],
    ['asOf 2024-02-30 (no such day)', { asOf: '2024-02-30' }],
    ['asOf 01/12/2024', { asOf: '01/12/2024' }],
    ['asOf an invalid Date', { asOf: new Date('not a date') }],
    ['referenceDate 2025-00-10', { referenceDate: '2025-00-10' }],
    ['locale fr', { locale: 'fr' as Locale }],
  ])('%s rejects with OptionsError', async (_name, options) => {
    const attempt = evaluator.evaluate(exampleDossier(), options);
    await expect(attempt).rejects.toBeInstanceOf(OptionsError);
  });

  it('the OptionsError names the option and what it must be, in both languages', async () => {
    const error: unknown = await evaluator.evaluate(exampleDossier(), { asOf: '2024-13-01' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).option).toBe('asOf');
    expect((error as OptionsError).message).toContain('2024-13-01');
    expect((error as OptionsError).message).toContain('YYYY-MM-DD');
    const locale: unknown = await evaluator.evaluate(exampleDossier(), { locale: 'fr' as Locale }).catch((caught: unknown) => caught);
    expect((locale as OptionsError).option).toBe('locale');
    expect((locale as OptionsError).message).toContain('"fr"');
  });

  it('createEvaluator throws OptionsError for a bad default locale or scoring option', () => {
    expect(() => createEvaluator({ locale: 'fr' as Locale })).toThrow(OptionsError);
    expect(() => createEvaluator({ scoring: { readyAt: 120 } })).toThrow(OptionsError);
    expect(() => createEvaluator({ scoring: { notReadyBelow: 90, readyAt: 80 } })).toThrow(OptionsError);
    expect(() => createEvaluator({ scoring: { severityWeights: { major: -1 } } })).toThrow(OptionsError);
  });

  it("an evaluator's bad default asOf rejects each call with OptionsError", async () => {
    await expect(createEvaluator({ asOf: '2024-13-01' }).evaluate(exampleDossier())).rejects.toBeInstanceOf(OptionsError);
  });
});

describe('malformed dossiers', () => {
  const malformed = () =>
    exampleWith((d) => {
      d.period.start = '2024-02-30';
      d.budget.lines[1].amount = -5;
      d.contentType = 'handicrafts';
      d.presidingUnit.staf = 3;
    });

  it('reject with DossierValidationError listing every issue with its path (vi by default)', async () => {
    const error: unknown = await evaluator.evaluate(malformed(), { asOf: '2024-12-01' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DossierValidationError);
    const { issues, locale } = error as DossierValidationError;
    expect(locale).toBe('vi');
    expect(issues.map((issue) => issue.path).sort()).toEqual(['budget.lines[1].amount', 'contentType', 'period.start', 'presidingUnit.staf']);
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue]));
    expect(byPath['period.start']!.message).toContain('phải là một ngày có thật');
    expect(byPath['period.start']!.message).toContain('2024-02-30');
    expect(byPath['budget.lines[1].amount']!.message).toContain('không được là số âm');
    expect(byPath['contentType']!.message).toContain('"advanced-equipment"');
    expect(byPath['presidingUnit.staf']!.message).toContain('trường này không có trong định dạng');
    for (const issue of issues) expect(issue.code.length).toBeGreaterThan(0);
  });

  it('write their issues in English when asked', async () => {
    const error: unknown = await evaluator.evaluate(malformed(), { asOf: '2024-12-01', locale: 'en' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DossierValidationError);
    const { issues, locale, message } = error as DossierValidationError;
    expect(locale).toBe('en');
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['period.start']).toContain('must be a real calendar date in the form YYYY-MM-DD');
    expect(byPath['budget.lines[1].amount']).toBe('must not be negative, got -5');
    expect(byPath['presidingUnit.staf']).toContain('not part of the khuyencong.dossier/1 format');
    expect(message).toContain('Invalid dossier (4 problems)');
  });

  it.each([null, 42, 'dossier', []])('a dossier that is not an object (%j) is rejected', async (input) => {
    const error: unknown = await evaluator.evaluate(input, { asOf: '2024-12-01', locale: 'en' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DossierValidationError);
    expect((error as DossierValidationError).issues).toEqual([expect.objectContaining({ path: '(dossier)', message: expect.stringContaining('JSON object') })]);
  });

  it('an empty draft is not malformed: it gets a report', async () => {
    const report = await evaluator.evaluate({}, { asOf: '2024-12-01' });
    expectValidReport(report);
    expect(report.referenceDate).toEqual({ date: '2024-12-01', source: 'asOf' });
  });
});

describe('safeEvaluate', () => {
  it('resolves with { success: false, error } for a malformed dossier instead of rejecting', async () => {
    const result = await evaluator.safeEvaluate({ period: { start: 'soon' } }, { asOf: '2024-12-01', locale: 'en' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DossierValidationError);
    expect((result.error as DossierValidationError).issues).toEqual([
      expect.objectContaining({ path: 'period.start', code: 'invalid_date' }),
    ]);
  });

  it('resolves with { success: false, error } for a bad option', async () => {
    const result = await evaluator.safeEvaluate(exampleDossier(), { asOf: '2024-13-01' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toBeInstanceOf(OptionsError);
  });

  it('resolves with { success: true, report } for a good dossier, the same report evaluate gives', async () => {
    const result = await safeEvaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expectValidReport(result.report);
    expect(result.report).toEqual(await evaluate(exampleDossier(), { asOf: '2024-12-01' }));
  });
});

describe('createEvaluator', () => {
  it('gives identical reports for the same input, call after call and evaluator after evaluator', async () => {
    const reused = createEvaluator();
    const first = await reused.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const second = await reused.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const fresh = await createEvaluator().evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(second).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('is not affected by an evaluation in between, nor does it change the dossier it is given', async () => {
    const reused = createEvaluator();
    const dossier = exampleDossier();
    const snapshot = structuredClone(dossier);
    const before = await reused.evaluate(dossier, { asOf: '2024-12-01' });
    const other = exampleWith((d) => {
      d.beneficiaries[0].otherStateFunding = true;
    });
    await reused.evaluate(other, { asOf: '2025-01-01', locale: 'en' });
    await reused.safeEvaluate({ scope: 'regional' });
    const after = await reused.evaluate(dossier, { asOf: '2024-12-01' });
    expect(after).toEqual(before);
    expect(dossier).toEqual(snapshot);
  });

  it('uses its default locale and scoring options', async () => {
    const english = createEvaluator({ locale: 'en', scoring: { readyAt: 95, severityWeights: { minor: 4 } } });
    const report = await english.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(report.locale).toBe('en');
    expect(findingOf(report, 'L5-market-prices').message).toContain('Máy đóng gói bánh cáy has 2 price quotes');
    expect(report.scoring).toEqual({ severityWeights: { critical: 10, major: 5, minor: 4, info: 0 }, readyAt: 95, notReadyBelow: 50 });
    expect(findingOf(report, 'L2-channel-mix').impact.weight).toBe(4);
    expectValidReport(report);
  });

  it('gives each of 20 concurrent evaluations on one evaluator its own correct report', async () => {
    const shared = createEvaluator();
    const dossiers = Array.from({ length: 20 }, (_, index) =>
      exampleWith((d) => {
        d.id = `TB-KCQG-2024-${String(index).padStart(2, '0')}`;
        d.presidingUnit.staff.technical = index;
        d.budget.lines[1].priceQuotes = index % 3;
        if (index % 4 === 0) d.beneficiaries[0].otherStateFunding = true;
        if (index % 3 === 0) d.stage = 'approved';
      }),
    );
    const locales: Locale[] = dossiers.map((_, index) => (index % 2 === 0 ? 'vi' : 'en'));
    const asOf = (index: number) => `2024-12-${String(index + 1).padStart(2, '0')}`;
    const concurrent = await Promise.all(dossiers.map((dossier, index) => shared.evaluate(dossier, { asOf: asOf(index), locale: locales[index] })));
    const sequential: Report[] = [];
    const reference = createEvaluator();
    for (const [index, dossier] of dossiers.entries()) sequential.push(await reference.evaluate(dossier, { asOf: asOf(index), locale: locales[index] }));

    concurrent.forEach((report, index) => {
      expectValidReport(report);
      expect(report).toEqual(sequential[index]);
      expect(report.dossier.id).toBe(`TB-KCQG-2024-${String(index).padStart(2, '0')}`);
      expect(report.asOf).toBe(asOf(index));
      expect(report.locale).toBe(locales[index]);
      const staff = findingOf(report, 'L3-technical-staff');
      expect(staff.status).toBe(index >= 3 ? 'pass' : 'fail');
      expect(staff.evidence).toEqual([{ path: 'presidingUnit.staff.technical', value: index }]);
      expect(findingOf(report, 'L5-market-prices').status).toBe('fail');
      expect(findingOf(report, 'L5-market-prices').message).toContain(
        locales[index] === 'vi' ? `Máy đóng gói bánh cáy có ${index % 3} báo giá` : `Máy đóng gói bánh cáy has ${index % 3} price quote`,
      );
      expect(findingOf(report, 'L4-no-double-funding').status).toBe(index % 4 === 0 ? 'fail' : 'pass');
      expect(findingOf(report, 'L5-regular-inspection').status).toBe(index % 3 === 0 ? 'not-applicable' : 'pass');
    });
  });
});

describe('report stamps', () => {
  it('names the rule sets with their ids and versions, the legal data version and the library version', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(report.format).toBe('khuyencong.report/1');
    expect(report.ruleSets).toEqual(
      RULE_FILES.map((ruleSet) => ({
        id: ruleSet.id,
        lesson: ruleSet.lesson,
        version: ruleSet.version,
        fingerprint: fingerprint(ruleSet),
        origin: 'bundled',
      })),
    );
    expect(report.ruleSets.map((ruleSet) => ruleSet.id)).toEqual(LESSON_IDS.map((lesson) => `khuyencong/${lesson}`));
    expect(report.legalData).toEqual({ version: legalData.version, fingerprint: fingerprint(legalData), origin: 'bundled' });
    expect(report.overrides).toEqual({ parameters: {}, rules: {}, lessonWeights: {}, messages: {}, facts: [] });
    expect(report.localNorms).toEqual([]);
    expect(report.library).toEqual({ name: 'khuyencong', version: packageJson.version });
    expect(LIBRARY_VERSION).toBe(packageJson.version);
    expect(report.dossier).toEqual({ id: 'TB-KCQG-2024-07', title: exampleDossier().title });
    expect(report.locale).toBe('vi');
  });

  it('names each provincial norms document the evaluator holds, with its period, verification and fingerprint', async () => {
    const thaiBinh = thaiBinhNorms();
    const haiDuong = thaiBinhNorms((norms) => {
      norms.$schema = '../../schemas/local-norms.schema.json';
      norms.province = 'Hải Dương';
      norms.verified = true;
      norms.effectiveTo = '2025-06-30';
    });
    const withNorms = createEvaluator({ localNorms: [thaiBinh, haiDuong] });
    const report = await withNorms.evaluate(localProject(), { asOf: '2024-12-01' });
    const { $schema: _hint, ...haiDuongContent } = haiDuong;
    expect(report.localNorms).toEqual([
      { province: 'Thái Bình', source: thaiBinh.source, verified: false, effectiveFrom: '2023-01-01', effectiveTo: null, fingerprint: fingerprint(thaiBinh) },
      { province: 'Hải Dương', source: haiDuong.source, verified: true, effectiveFrom: '2023-01-01', effectiveTo: '2025-06-30', fingerprint: fingerprint(haiDuongContent) },
    ]);
    expect(withNorms.stamp.localNorms).toEqual(report.localNorms);
    expect(formatReportText(report)).toContain(`Định mức chi của tỉnh Hải Dương: ${haiDuong.source}, từ 01/01/2023 đến 30/06/2025`);
    expect(formatReportText(report)).toContain(`Định mức chi của tỉnh Thái Bình: ${thaiBinh.source}, từ 01/01/2023 (chưa kiểm chứng)`);
    // The same content gives the same fingerprint, however it is written; another figure another one.
    const { caps, ...rest } = thaiBinh;
    const reordered = JSON.parse(JSON.stringify({ caps, ...rest })) as typeof thaiBinh;
    expect(createEvaluator({ localNorms: [reordered] }).stamp.localNorms[0]!.fingerprint).toBe(fingerprint(thaiBinh));
    const raised = thaiBinhNorms((norms) => (norms.caps['advanced-equipment']!.maxVnd = 260000000));
    expect(createEvaluator({ localNorms: [raised] }).stamp.localNorms[0]!.fingerprint).not.toBe(fingerprint(thaiBinh));
    expectValidReport(report);
  });

  it('every report passes ReportSchema: example, drafts, failures, both locales', async () => {
    const dossiers: unknown[] = [
      exampleDossier(),
      {},
      { title: 'Đề xuất chưa hoàn chỉnh', scope: 'local', stage: null },
      exampleWith((d) => {
        d.contentType = 'vocational-training';
        d.budget.lines[0].quantity = 3;
        d.beneficiaries[0].otherStateFunding = null;
        delete d.communication;
        d.engagements = [];
      }),
      exampleWith((d) => {
        d.approvedOn = '2025-10-15';
        d.contentType = 'digital-transformation';
        d.budget.lines = [];
      }),
    ];
    for (const dossier of dossiers) {
      for (const locale of ['vi', 'en'] as const) expectValidReport(await evaluator.evaluate(dossier, { asOf: '2024-12-01', locale }));
    }
  });
});
