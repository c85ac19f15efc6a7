import { describe, expect, it } from 'vitest';
import { DossierValidationError } from '../../src/schema/errors.js';
import { dossierPaths } from '../../src/schema/paths.js';
import { validateDossier } from '../../src/schema/validate-dossier.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';

/** Every path (`budget.lines[0].amount`) at which a value is `null`, at any depth. */
function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path || '(dossier)'];
  if (Array.isArray(value)) return value.flatMap((item, index) => nullPaths(item, `${path}[${index}]`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, field]) =>
      nullPaths(field, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * A minimal dossier with `null` at one schema path, e.g. `budget.lines.[].amount`
 * → `{ budget: { lines: [{ amount: null }] } }`.
 */
function dossierWithNullAt(schemaPath: string): Record<string, unknown> {
  const segments = schemaPath.split('.');
  const root: Record<string, unknown> = {};
  let holder: Record<string, unknown> = root;
  segments.forEach((segment, index) => {
    if (segment === '[]') return;
    if (index === segments.length - 1) {
      holder[segment] = null;
    } else if (segments[index + 1] === '[]') {
      const item: Record<string, unknown> = {};
      holder[segment] = [item];
      holder = item;
    } else {
      const child: Record<string, unknown> = {};
      holder[segment] = child;
      holder = child;
    }
  });
  return root;
}

/** The example with every scalar field of every object set to null (list items of scalar lists are kept). */
function nullEveryScalarField(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => (item !== null && typeof item === 'object' ? nullEveryScalarField(item) : item));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        field !== null && typeof field === 'object' ? nullEveryScalarField(field) : null,
      ]),
    );
  }
  return value;
}

function issuesOf(input: unknown, locale: 'vi' | 'en' = 'en') {
  const result = validateDossier(input, { locale });
  if (result.success) throw new Error(`expected ${JSON.stringify(input).slice(0, 200)} to be rejected`);
  return result.error.issues;
}

function codesOf(input: unknown) {
  return issuesOf(input).map(({ path, code }) => ({ path, code }));
}

/** Optional fields: every schema path except list items (`….[]`), which are not optional. */
const OPTIONAL_PATHS = [...dossierPaths()].filter((path) => !path.endsWith('.[]')).sort();

describe('validateDossier: accepted dossiers', () => {
  it.each([
    ['the spec example, unchanged', exampleDossier()],
    ['an empty object', {}],
    ['a thin draft with only a title', { title: 'Hỗ trợ máy sấy nông sản' }],
    ['the example without a stage', exampleWith((d) => delete d.stage)],
    ['a certificate that does not expire (validUntil: null)', {
      presidingUnit: {
        vocationalTraining: {
          registrationCertificate: { number: '12/GCNĐKHĐ', issuedOn: '2021-06-01', validUntil: null, occupations: ['may'] },
        },
      },
    }],
    ['a leap day (2024-02-29)', { approvedOn: '2024-02-29', period: { start: '2024-02-29', end: '2024-12-31' } }],
    ['the example with every scalar field null', nullEveryScalarField(exampleDossier())],
    ['the example with every top-level field null', Object.fromEntries(Object.keys(exampleDossier()).map((key) => [key, null]))],
    ['zero money and zero counts', { budget: { lines: [{ amount: 0, unitCost: 0, quantity: 0, priceQuotes: 0 }] } }],
    ['a fractional quantity', { budget: { lines: [{ quantity: 2.5, unit: 'tấn' }] } }],
  ])('accepts %s', (_name, input) => {
    const result = validateDossier(input);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('checks the table of optional paths is not empty (the null test below covers the whole schema)', () => {
    expect(OPTIONAL_PATHS.length).toBeGreaterThan(100);
    expect(OPTIONAL_PATHS).toContain('presidingUnit.vocationalTraining.registrationCertificate.validUntil');
    expect(OPTIONAL_PATHS).toContain('budget.lines.[].funding.khuyenCong');
  });

  it.each(OPTIONAL_PATHS)('accepts null at %s and drops it', (schemaPath) => {
    const input = dossierWithNullAt(schemaPath);
    const result = validateDossier(input);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (!result.success) return;
    expect(nullPaths(result.dossier)).toEqual([]);
  });

  it('returns the example unchanged (it has no nulls to remove)', () => {
    const result = validateDossier(exampleDossier());
    expect(result.success && result.dossier).toEqual(exampleDossier());
  });

  it('treats a missing stage as absent (the stage fact, not the schema, defaults it)', () => {
    const result = validateDossier(exampleWith((d) => delete d.stage));
    expect(result.success).toBe(true);
    expect(result.success && 'stage' in result.dossier).toBe(false);
  });
});

describe('validateDossier: normalisation removes nulls', () => {
  it('drops null fields at every depth and keeps everything else', () => {
    const clean = validateDossier({
      title: 'Đề án',
      scope: null,
      presidingUnit: { name: 'Trung tâm', staff: { total: 3, technical: null }, vehicles: null },
      beneficiaries: [{ id: 'B1', size: null }, { name: null }],
      budget: { currency: null, lines: [{ item: 'Máy', funding: { khuyenCong: 5, counterpart: null } }] },
    });
    expect(clean.success).toBe(true);
    if (!clean.success) return;
    expect(clean.dossier).toEqual({
      title: 'Đề án',
      presidingUnit: { name: 'Trung tâm', staff: { total: 3 } },
      beneficiaries: [{ id: 'B1' }, {}],
      budget: { lines: [{ item: 'Máy', funding: { khuyenCong: 5 } }] },
    });
    expect(nullPaths(clean.dossier)).toEqual([]);
  });

  it('leaves no null anywhere in the example with every scalar field null', () => {
    const result = validateDossier(nullEveryScalarField(exampleDossier()));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(nullPaths(result.dossier)).toEqual([]);
    // Scalar list items survive; objects whose fields were all null become empty.
    expect(result.dossier.presidingUnit?.facilities).toEqual(['office', 'training-hall', 'demonstration-workshop']);
    expect(result.dossier.budget?.lines?.[0]).toEqual({ funding: {} });
    expect(result.dossier.title).toBeUndefined();
  });

  it('does not modify the input object', () => {
    const input = { title: 'x', scope: null };
    validateDossier(input);
    expect(input).toEqual({ title: 'x', scope: null });
  });
});

describe('validateDossier: rejected dossiers name the path and code of each problem', () => {
  it.each([
    ['an impossible date (2024-02-30)', exampleWith((d) => (d.approvedOn = '2024-02-30')), [{ path: 'approvedOn', code: 'invalid_date' }]],
    ['a leap day in a common year (2023-02-29)', exampleWith((d) => (d.submittedOn = '2023-02-29')), [{ path: 'submittedOn', code: 'invalid_date' }]],
    ['a date with a time', exampleWith((d) => (d.period.start = '2024-03-01T00:00:00Z')), [{ path: 'period.start', code: 'invalid_date' }]],
    ['a date without zero padding', { approvedOn: '2024-3-1' }, [{ path: 'approvedOn', code: 'invalid_date' }]],
    ['a date in day/month/year order', { approvedOn: '28/12/2023' }, [{ path: 'approvedOn', code: 'invalid_date' }]],
    ['a nested impossible date', exampleWith((d) => (d.implementation.inspections[2].date = '2024-09-31')), [
      { path: 'implementation.inspections[2].date', code: 'invalid_date' },
    ]],
    ['negative money', exampleWith((d) => (d.budget.lines[0].amount = -5)), [{ path: 'budget.lines[0].amount', code: 'too_small' }]],
    ['negative funding', exampleWith((d) => (d.budget.lines[3].funding.khuyenCong = -1)), [
      { path: 'budget.lines[3].funding.khuyenCong', code: 'too_small' },
    ]],
    ['a negative count', exampleWith((d) => (d.presidingUnit.staff.total = -1)), [{ path: 'presidingUnit.staff.total', code: 'too_small' }]],
    ['fractional money', exampleWith((d) => (d.budget.lines[1].amount = 1.5)), [{ path: 'budget.lines[1].amount', code: 'invalid_type' }]],
    ['a fractional count', exampleWith((d) => (d.communication.activities[0].reach = 10.5)), [
      { path: 'communication.activities[0].reach', code: 'invalid_type' },
    ]],
    ['an unknown scope', exampleWith((d) => (d.scope = 'regional')), [{ path: 'scope', code: 'invalid_value' }]],
    ['an unknown content type', exampleWith((d) => (d.contentType = 'machinery')), [{ path: 'contentType', code: 'invalid_value' }]],
    ['an unknown engagement party', exampleWith((d) => (d.engagements[0].party = 'ministry-of-finance')), [
      { path: 'engagements[0].party', code: 'invalid_value' },
    ]],
    ['an unknown communication channel', exampleWith((d) => (d.communication.activities[0].channel = 'billboard')), [
      { path: 'communication.activities[0].channel', code: 'invalid_value' },
    ]],
    ['an unknown stage', exampleWith((d) => (d.stage = 'done')), [{ path: 'stage', code: 'invalid_value' }]],
    ['an unknown milestone party inside a list', exampleWith((d) => (d.implementation.milestones[0].support = ['investor', 'nobody'])), [
      { path: 'implementation.milestones[0].support[1]', code: 'invalid_value' },
    ]],
    ['a currency other than VND', exampleWith((d) => (d.budget.currency = 'USD')), [{ path: 'budget.currency', code: 'invalid_value' }]],
    ['a wrong format tag', { format: 'khuyencong.dossier/2' }, [{ path: 'format', code: 'invalid_value' }]],
    ['a number as title', exampleWith((d) => (d.title = 42)), [{ path: 'title', code: 'invalid_type' }]],
    ['an object where a list belongs', exampleWith((d) => (d.beneficiaries = {})), [{ path: 'beneficiaries', code: 'invalid_type' }]],
    ['a numeric string as a count', exampleWith((d) => (d.presidingUnit.staff.technical = '12')), [
      { path: 'presidingUnit.staff.technical', code: 'invalid_type' },
    ]],
    ['a string as a flag', exampleWith((d) => (d.beneficiaries[0].womenOwned = 'yes')), [
      { path: 'beneficiaries[0].womenOwned', code: 'invalid_type' },
    ]],
    ['a string where an object belongs', exampleWith((d) => (d.period = '2024')), [{ path: 'period', code: 'invalid_type' }]],
    ['a misspelt top-level field', exampleWith((d) => (d.aprovedOn = '2023-12-28')), [{ path: 'aprovedOn', code: 'unknown_field' }]],
    ['a misspelt nested field', exampleWith((d) => (d.budget.lines[2].ammount = 1)), [{ path: 'budget.lines[2].ammount', code: 'unknown_field' }]],
    ['a null inside a list', exampleWith((d) => (d.beneficiaries = [null])), [{ path: 'beneficiaries[0]', code: 'invalid_type' }]],
    ['a null inside a list of text', exampleWith((d) => (d.presidingUnit.facilities = ['office', null])), [
      { path: 'presidingUnit.facilities[1]', code: 'invalid_type' },
    ]],
    ['an array as the dossier', [], [{ path: '(dossier)', code: 'invalid_type' }]],
    ['null as the dossier', null, [{ path: '(dossier)', code: 'invalid_type' }]],
  ])('rejects %s', (_name, input, expected) => {
    expect(codesOf(input)).toEqual(expected);
  });

  it('reports several problems together, not just the first', () => {
    const input = exampleWith((d) => {
      d.title = 42;
      d.scope = 'regional';
      d.approvedOn = '2024-02-30';
      d.budget.lines[0].amount = -5;
      d.budget.lines[1].amount = 1.5;
      d.aprovedOn = '2023-12-28';
      d.beneficiaries[0].nmae = 'HTX';
    });
    const result = validateDossier(input, { locale: 'vi' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = [...result.error.issues].map(({ path, code }) => ({ path, code })).sort((a, b) => a.path.localeCompare(b.path));
    expect(byPath).toEqual(
      [
        { path: 'aprovedOn', code: 'unknown_field' },
        { path: 'approvedOn', code: 'invalid_date' },
        { path: 'beneficiaries[0].nmae', code: 'unknown_field' },
        { path: 'budget.lines[0].amount', code: 'too_small' },
        { path: 'budget.lines[1].amount', code: 'invalid_type' },
        { path: 'scope', code: 'invalid_value' },
        { path: 'title', code: 'invalid_type' },
      ].sort((a, b) => a.path.localeCompare(b.path)),
    );
    expect(result.error.message.startsWith('Hồ sơ không hợp lệ (7 lỗi):\n')).toBe(true);
    expect(result.error.message).toContain('  - budget.lines[1].amount: ');
  });

  it('reports each misspelt field in one object separately', () => {
    expect(codesOf({ titel: 'x', scop: 'local' })).toEqual([
      { path: 'titel', code: 'unknown_field' },
      { path: 'scop', code: 'unknown_field' },
    ]);
  });

  it('returns a DossierValidationError that carries its issues and locale', () => {
    const result = validateDossier({ title: 42 }, { locale: 'en' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DossierValidationError);
    expect(result.error.name).toBe('DossierValidationError');
    expect(result.error.locale).toBe('en');
    expect(result.error.message).toBe('Invalid dossier (1 problem):\n  - title: must be a text string, got 42');
  });

  it('reports a whole number too large for exact arithmetic in the caller’s language', () => {
    // Above Number.MAX_SAFE_INTEGER: zod's int() rejects it with code too_big.
    const vi = issuesOf({ budget: { lines: [{ amount: 1e16 }] } }, 'vi');
    const en = issuesOf({ budget: { lines: [{ amount: 1e16 }] } }, 'en');
    expect(vi.map((issue) => issue.path)).toEqual(['budget.lines[0].amount']);
    expect(vi[0]!.message).not.toBe('Invalid input');
    expect(en[0]!.message).toMatch(/must/);
    expect(vi[0]!.message).not.toBe(en[0]!.message);
  });
});

describe('validateDossier: messages in the caller’s locale', () => {
  const cases = [
    {
      input: { title: 42 },
      vi: 'phải là một chuỗi văn bản, nhận được 42',
      en: 'must be a text string, got 42',
    },
    {
      input: { approvedOn: '2024-02-30' },
      vi: 'phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-03-01), nhận được "2024-02-30"',
      en: 'must be a real calendar date in the form YYYY-MM-DD (e.g. 2024-03-01), got "2024-02-30"',
    },
    {
      input: { budget: { lines: [{ amount: -5 }] } },
      vi: 'không được là số âm, nhận được -5',
      en: 'must not be negative, got -5',
    },
    {
      input: { budget: { lines: [{ amount: 1.5 }] } },
      vi: 'phải là một số nguyên, nhận được 1.5',
      en: 'must be a whole number, got 1.5',
    },
    {
      input: { scope: 'regional' },
      vi: 'phải là một trong các giá trị "national" và "local", nhận được "regional"',
      en: 'must be one of "national" and "local", got "regional"',
    },
    {
      input: { beneficiaries: {} },
      vi: 'phải là một danh sách (mảng JSON), nhận được object',
      en: 'must be a list (JSON array), got object',
    },
    {
      input: { beneficiaries: [null] },
      vi: 'phải là một đối tượng JSON, nhận được null',
      en: 'must be a JSON object, got null',
    },
    {
      input: { aprovedOn: '2023-12-28' },
      vi: 'trường này không có trong định dạng khuyencong.dossier/1 (kiểm tra chính tả tên trường)',
      en: 'this field is not part of the khuyencong.dossier/1 format (check the spelling of the field name)',
    },
  ];

  it.each(cases)('words the problem in Vietnamese and English: $en', ({ input, vi, en }) => {
    expect(issuesOf(input, 'vi').map((issue) => issue.message)).toEqual([vi]);
    expect(issuesOf(input, 'en').map((issue) => issue.message)).toEqual([en]);
    expect(en).toMatch(/must|not part/);
  });

  it('uses Vietnamese by default', () => {
    const result = validateDossier({ title: 42, scope: 'regional' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.locale).toBe('vi');
    expect(result.error.issues.map((issue) => issue.message)).toEqual([
      'phải là một chuỗi văn bản, nhận được 42',
      'phải là một trong các giá trị "national" và "local", nhận được "regional"',
    ]);
    expect(result.error.message.startsWith('Hồ sơ không hợp lệ (2 lỗi):')).toBe(true);
  });

  it('gives the same paths and codes in both locales', () => {
    const input = exampleWith((d) => {
      d.title = 42;
      d.engagements[0].party = 'nobody';
      d.budget.lines[0].amount = -5;
    });
    const strip = (issues: readonly { path: string; code: string }[]) => issues.map(({ path, code }) => ({ path, code }));
    expect(strip(issuesOf(input, 'vi'))).toEqual(strip(issuesOf(input, 'en')));
    expect(issuesOf(input, 'en').every((issue) => issue.message.includes('must'))).toBe(true);
    expect(issuesOf(input, 'vi').some((issue) => issue.message.includes('must'))).toBe(false);
  });
});

describe('validateDossier: hostile keys', () => {
  it('rejects __proto__ and constructor keys as unknown fields, and pollutes nothing', () => {
    const hostile = JSON.parse('{"title":"x","__proto__":{"polluted":true},"location":{"constructor":{"prototype":{"x":1}}}}');
    const result = validateDossier(hostile, { locale: 'en' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.path, issue.code]).sort()).toEqual([
        ['__proto__', 'unknown_field'],
        ['location.constructor', 'unknown_field'],
      ]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('validateDossier: the place and beneficiary fields of format 1.x', () => {
  const wardOfTown = exampleWith((d) => {
    d.location = { province: 'Tỉnh Thái Bình', district: 'Thị xã X', commune: 'Phường Y', unitType: 'ward', parentUnit: { kind: 'town', name: 'Thị xã X', cityClass: 'IV' } };
    d.beneficiaries[0].kind = 'union-of-cooperatives';
    d.beneficiaries[0].size = 'small';
    d.beneficiaries[0].cleanerProduction = true;
    d.beneficiaries[0].craftVillageRecognised = false;
    d.beneficiaries[0].location = {
      province: 'Hưng Yên',
      commune: 'Phường Z',
      unitType: 'ward',
      parentUnit: { kind: 'provincial-city', cityClass: 'I' },
      upgradedFromCommuneOn: '2016-03-01',
    };
    d.beneficiaries.push({ name: 'Công ty hạ tầng cụm công nghiệp', kind: 'cluster-infrastructure-investor', location: { unitType: 'special-zone' } });
  });

  it('accepts unitType, parentUnit, upgradedFromCommuneOn, a beneficiary province, the two new kinds and the new flags', () => {
    const result = validateDossier(wardOfTown);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.success && result.dossier.beneficiaries?.[0]?.location?.parentUnit).toEqual({ kind: 'provincial-city', cityClass: 'I' });
  });

  it('still accepts every 1.0 dossier: the example without its results section has none of the new fields', () => {
    expect(validateDossier(exampleWith((d) => delete d.results)).success).toBe(true);
  });

  it.each([
    ['an unknown unit type', { location: { unitType: 'hamlet' } }, [{ path: 'location.unitType', code: 'invalid_value' }]],
    ['an unknown parent kind', { location: { parentUnit: { kind: 'county' } } }, [{ path: 'location.parentUnit.kind', code: 'invalid_value' }]],
    ['a city class in digits', { location: { parentUnit: { cityClass: '2' } } }, [{ path: 'location.parentUnit.cityClass', code: 'invalid_value' }]],
    ['an impossible conversion date', { beneficiaries: [{ location: { upgradedFromCommuneOn: '2019-02-29' } }] }, [
      { path: 'beneficiaries[0].location.upgradedFromCommuneOn', code: 'invalid_date' },
    ]],
    ['an unknown size', { beneficiaries: [{ size: 'tiny' }] }, [{ path: 'beneficiaries[0].size', code: 'invalid_value' }]],
    ['cleaner production as text', { beneficiaries: [{ cleanerProduction: 'yes' }] }, [{ path: 'beneficiaries[0].cleanerProduction', code: 'invalid_type' }]],
    ['a misspelt parent field', { location: { parentUnit: { class: 'II' } } }, [{ path: 'location.parentUnit.class', code: 'unknown_field' }]],
  ])('rejects %s', (_name, input, expected) => {
    expect(codesOf(input)).toEqual(expected);
  });
});

describe('validateDossier: the results section of format 1.x', () => {
  it('accepts the example’s results, a decrease, zeros, false and a partial section', () => {
    for (const results of [
      exampleDossier().results,
      { reportedOn: '2024-10-30', revenueIncreasePercent: -100, capacityIncreasePercent: 250.5, jobsCreated: 0, equipmentInOperation: false },
      { learnersTrained: 40, learnersCertified: 40, learnersEmployed: 0 },
      { notes: 'Máy đúc đã đưa vào hoạt động' },
      {},
      null,
    ]) {
      const result = validateDossier(exampleWith((d) => (d.results = results)));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it('treats results: null as absent', () => {
    const result = validateDossier(exampleWith((d) => (d.results = null)));
    expect(result.success && 'results' in result.dossier).toBe(false);
  });

  it.each([
    ['a date that is not one', { results: { reportedOn: '30/10/2024' } }, [{ path: 'results.reportedOn', code: 'invalid_date' }]],
    ['a negative count', { results: { jobsCreated: -2 } }, [{ path: 'results.jobsCreated', code: 'too_small' }]],
    ['a fractional count', { results: { learnersTrained: 12.5 } }, [{ path: 'results.learnersTrained', code: 'invalid_type' }]],
    ['a fall of more than 100 %', { results: { revenueIncreasePercent: -101 } }, [{ path: 'results.revenueIncreasePercent', code: 'too_small' }]],
    ['a percentage as text', { results: { capacityIncreasePercent: '200%' } }, [{ path: 'results.capacityIncreasePercent', code: 'invalid_type' }]],
    ['equipment in operation as text', { results: { equipmentInOperation: 'có' } }, [{ path: 'results.equipmentInOperation', code: 'invalid_type' }]],
    ['an unknown field', { results: { jobs: 5 } }, [{ path: 'results.jobs', code: 'unknown_field' }]],
    ['results as a list', { results: [] }, [{ path: 'results', code: 'invalid_type' }]],
  ])('rejects %s', (_name, input, expected) => {
    expect(codesOf(input)).toEqual(expected);
  });

  it('rejects more learners certified or employed than trained, naming the number trained', () => {
    const input = { results: { learnersTrained: 20, learnersCertified: 25, learnersEmployed: 21 } };
    expect(issuesOf(input)).toEqual([
      { path: 'results.learnersCertified', code: 'too_big', message: 'must not exceed the number of learners trained (results.learnersTrained = 20), got 25' },
      { path: 'results.learnersEmployed', code: 'too_big', message: expect.stringContaining('(results.learnersTrained = 20)') },
    ]);
    expect(issuesOf(input, 'vi')[0]!.message).toBe('không được lớn hơn số học viên được đào tạo (results.learnersTrained = 20), nhận được 25');
    expect(validateDossier({ results: { learnersCertified: 25 } }).success).toBe(true);
  });

  it('rejects results reported before implementation started, and only then', () => {
    const before = exampleWith((d) => (d.results.reportedOn = '2024-02-29'));
    expect(codesOf(before)).toEqual([{ path: 'results.reportedOn', code: 'too_small' }]);
    expect(validateDossier(exampleWith((d) => (d.results.reportedOn = '2024-03-01'))).success).toBe(true);
    expect(validateDossier(exampleWith((d) => delete d.period.start)).success).toBe(true);
  });

  it('reports the cross-field problems together with other value problems, and does not compare a malformed value', () => {
    const input = exampleWith((d) => {
      d.budget.lines[0].amount = -5;
      d.results = { reportedOn: '2024-01-15', learnersTrained: 10, learnersCertified: 12, learnersEmployed: -1 };
    });
    expect(codesOf(input)).toEqual([
      { path: 'budget.lines[0].amount', code: 'too_small' },
      { path: 'results.learnersEmployed', code: 'too_small' },
      { path: 'results.learnersCertified', code: 'too_big' },
      { path: 'results.reportedOn', code: 'too_small' },
    ]);
    expect(codesOf({ period: { start: '2024-13-01' }, results: { reportedOn: '2024-01-01' } })).toEqual([{ path: 'period.start', code: 'invalid_date' }]);
  });

  it('leaves the cross-field checks until the dossier’s types are right (zod stops at a wrong type)', () => {
    const input = { results: { learnersTrained: 10, learnersCertified: 12, learnersEmployed: 10.5 } };
    expect(codesOf(input)).toEqual([{ path: 'results.learnersEmployed', code: 'invalid_type' }]);
});
});
