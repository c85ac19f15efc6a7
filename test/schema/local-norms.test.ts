import { describe, expect, it } from 'vitest';
import { createEvaluator, OptionsError, parseLocalNorms, type LocalNormsInput } from '../../src/index.js';
import { thaiBinhNorms } from '../support/local-norms.js';

/** The issues of a document that must be rejected, as `{ path, code }`. */
function rejected(input: unknown): { path: string; code: string }[] {
  const parsed = parseLocalNorms(input, { locale: 'en' });
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : parsed.issues.map(({ path, code }) => ({ path, code }));
}

describe('khuyencong.local-norms/1', () => {
  it('accepts the contract example, one document or a list', () => {
    expect(parseLocalNorms(thaiBinhNorms())).toEqual({ success: true, norms: [thaiBinhNorms()] });
    const later = thaiBinhNorms((norms) => {
      norms.effectiveFrom = '2025-01-01';
    });
    const earlier = thaiBinhNorms((norms) => {
      norms.effectiveTo = '2024-12-31';
    });
    const parsed = parseLocalNorms([earlier, later]);
    expect(parsed.success && parsed.norms.length).toBe(2);
  });

  it('accepts an absent effectiveTo (open) and a technology-line multiplier', () => {
    const norms = thaiBinhNorms((n) => {
      delete n.effectiveTo;
      n.caps['advanced-equipment'] = { percent: 50, maxVnd: 250000000, per: 'establishment', technologyLineMultiplier: 1.5 };
    });
    expect(parseLocalNorms(norms).success).toBe(true);
  });

  it.each<[string, (norms: LocalNormsInput & Record<string, unknown>) => void, { path: string; code: string }[]]>([
    ['an unknown key', (n) => (n.provinceCode = 34), [{ path: 'provinceCode', code: 'unknown_field' }]],
    ['another format', (n) => (n.format = 'khuyencong.local-norms/2' as never), [{ path: 'format', code: 'invalid_value' }]],
    ['an impossible date', (n) => (n.effectiveFrom = '2023-02-30'), [{ path: 'effectiveFrom', code: 'invalid_date' }]],
    ['an end before the start', (n) => (n.effectiveTo = '2022-12-31'), [{ path: 'effectiveTo', code: 'invalid_value' }]],
    ['a blank province', (n) => (n.province = '  '), [{ path: 'province', code: 'invalid_format' }]],
    ['no verified flag', (n) => delete (n as Partial<LocalNormsInput>).verified, [{ path: 'verified', code: 'required' }]],
    ['an unknown content type', (n) => ((n.caps as Record<string, unknown>)['training'] = { percent: 1, maxVnd: 1, per: 'model' }), [{ path: 'caps.training', code: 'unknown_field' }]],
    ['no caps at all', (n) => (n.caps = {}), [{ path: 'caps', code: 'invalid_value' }]],
    ['a percentage over 100', (n) => (n.caps['advanced-equipment']!.percent = 150), [{ path: 'caps.advanced-equipment.percent', code: 'too_big' }]],
    ['a cap per learner', (n) => (n.caps['advanced-equipment']!.per = 'learner' as never), [{ path: 'caps.advanced-equipment.per', code: 'invalid_value' }]],
    ['an unknown key in a cap', (n) => ((n.caps['advanced-equipment'] as Record<string, unknown>)['maxVND'] = 1), [{ path: 'caps.advanced-equipment.maxVND', code: 'unknown_field' }]],
  ])('rejects %s, naming the path', (_name, change, issues) => {
    const norms = thaiBinhNorms() as LocalNormsInput & Record<string, unknown>;
    change(norms);
    expect(rejected(norms)).toEqual(issues);
  });

  it('words what was expected in both languages', () => {
    const parsed = parseLocalNorms(thaiBinhNorms((n) => (n.caps['advanced-equipment']!.percent = 150)), { locale: 'vi' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues[0]!.message).toBe('phải là số phần trăm từ 0 đến 100, nhận được 150');
    expect(parsed.error).toBeInstanceOf(OptionsError);
    expect(parsed.error.message).toBe('caps.advanced-equipment.percent: phải là số phần trăm từ 0 đến 100, nhận được 150 / must be a percentage from 0 to 100, got 150');
    expect(parsed.error.messageIn('en')).toBe('caps.advanced-equipment.percent: must be a percentage from 0 to 100, got 150');
  });

  it('rejects two documents giving one province a cap for the same content on the same day, however the province is written', () => {
    const overlapping = thaiBinhNorms((n) => {
      n.province = 'Tỉnh Thái Bình';
      n.effectiveFrom = '2024-06-01';
      delete n.caps['demonstration-model'];
    });
    const parsed = parseLocalNorms([thaiBinhNorms(), overlapping], { locale: 'en' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues).toEqual([
      {
        path: '[1].effectiveFrom',
        code: 'overlapping_norms',
        message: 'in force on the same days as [0]: the same province Tỉnh Thái Bình and the same content type "advanced-equipment"',
      },
    ]);
  });

  it('accepts the same days for different content types or different provinces', () => {
    const models = thaiBinhNorms((n) => {
      delete n.caps['advanced-equipment'];
    });
    const machines = thaiBinhNorms((n) => {
      delete n.caps['demonstration-model'];
    });
    const elsewhere = thaiBinhNorms((n) => (n.province = 'Nam Định'));
    expect(parseLocalNorms([models, machines, elsewhere]).success).toBe(true);
  });

  it('says what a file that is neither a document nor a list is', () => {
    const parsed = parseLocalNorms('norms', { label: 'thai-binh.json', locale: 'en' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues).toEqual([
      { path: 'thai-binh.json', code: 'invalid_type', message: 'must be a khuyencong.local-norms/1 document (an object) or a list of them, got "norms"' },
    ]);
  });
});

describe('the evaluator option localNorms', () => {
  it('takes the documents and rejects a bad one with OptionsError naming localNorms[i]', () => {
    expect(() => createEvaluator({ localNorms: [thaiBinhNorms()] })).not.toThrow();
    const attempt = () => createEvaluator({ localNorms: [thaiBinhNorms((n) => (n.effectiveFrom = '2023-13-01'))] });
    expect(attempt).toThrow(OptionsError);
    expect(attempt).toThrow('localNorms[0].effectiveFrom: phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-03-01), nhận được "2023-13-01" / must be a real calendar date in the form YYYY-MM-DD (e.g. 2024-03-01), got "2023-13-01"');
  });

  it('rejects a province that is none on the document’s first day, but accepts a merged province’s former name', () => {
    const misspelt = () => createEvaluator({ localNorms: [thaiBinhNorms((n) => (n.province = 'Thái Bìhn'))] });
    expect(misspelt).toThrow(OptionsError);
    expect(misspelt).toThrow(/localNorms\[0\]\.province: không phải tỉnh, thành phố trực thuộc trung ương vào ngày 01\/01\/2023/);
    const former = thaiBinhNorms((n) => (n.effectiveFrom = '2025-08-01'));
    expect(() => createEvaluator({ localNorms: [former] })).not.toThrow();
  });

  it('rejects overlapping documents', () => {
    expect(() => createEvaluator({ localNorms: [thaiBinhNorms(), thaiBinhNorms()] })).toThrow(/localNorms\[1\]\.effectiveFrom/);
  });
});
