import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  createEvaluator,
  DossierValidationError,
  EvaluatorOptionsSchema,
  OptionsError,
  RuleSetError,
  say,
  validateDossier,
  type HostFact,
} from '../../src/index.js';
import { CLI_CATALOGUES } from '../../src/i18n/catalogue/cli.js';
import { DIFF_CATALOGUES } from '../../src/i18n/catalogue/diff.js';
import { en } from '../../src/i18n/catalogue/en.js';
import { vi } from '../../src/i18n/catalogue/vi.js';
import { valueLabel } from '../../src/i18n/format.js';
import { phrase } from '../../src/i18n/say.js';
import { parseTemplate } from '../../src/i18n/template.js';
import { validateRuleSet } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier } from '../support/dossiers.js';

const catch_ = (make: () => unknown): unknown => {
  try {
    make();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('the catalogue', () => {
  it.each([
    ['library', vi, en],
    ['CLI', CLI_CATALOGUES.vi, CLI_CATALOGUES.en],
    ['diff', DIFF_CATALOGUES.vi, DIFF_CATALOGUES.en],
  ])('%s: English gives exactly the Vietnamese ids, and every text parses', (_name, viTexts, enTexts) => {
    expect(Object.keys(enTexts).sort()).toEqual(Object.keys(viTexts).sort());
    for (const text of [...Object.values(viTexts), ...Object.values(enTexts)]) expect(() => parseTemplate(text)).not.toThrow();
  });

  it('words a phrase given as a param in the same locale', () => {
    const expected = phrase('issue.invalidType', { expected: phrase('expected.number') });
    expect(say('vi', expected)).toBe('phải là một số');
    expect(say('en', expected)).toBe('must be a number');
  });

  it('labels enum values and the usual free-text values; an unknown value shows as it is', () => {
    expect(valueLabel('national', 'vi')).toBe('khuyến công quốc gia');
    expect(valueLabel('projector', 'en')).toBe('projector');
    expect(valueLabel('office', 'vi')).toBe('văn phòng');
    expect(valueLabel('micro', 'vi')).toBe('siêu nhỏ');
    expect(valueLabel('a-new-value', 'vi')).toBe('a-new-value');
    expect(valueLabel('__proto__', 'vi')).toBe('__proto__');
  });
});

describe('options checked by EvaluatorOptionsSchema', () => {
  it('is exported and accepts the defaults', () => {
    expect(EvaluatorOptionsSchema.safeParse({}).success).toBe(true);
    expect(EvaluatorOptionsSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('lists every problem at once, in the locale of the options, with the first one as `option`', () => {
    const error = catch_(() =>
      createEvaluator({ locale: 'en', scoring: { readyAt: 120, severityWeights: { major: -1 } }, lessonWeights: { L6: 1 } as never }),
    );
    expect(error).toBeInstanceOf(OptionsError);
    const { issues, option, locale, code } = error as OptionsError;
    expect(locale).toBe('en');
    expect(code).toBe('error.options');
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['scoring.severityWeights.major', 'too_small'],
      ['scoring.readyAt', 'too_big'],
      ['lessonWeights.L6', 'unknown_field'],
    ]);
    expect(option).toBe('scoring.severityWeights.major');
    expect(issues[1]!.message).toBe('must be a number from 0 to 100, got 120');
    expect(issues[2]!.message).toBe('must be one of L1, L2, L3, L4, L5');
  });

  it('rejects an unknown option, naming it', () => {
    const error = catch_(() => createEvaluator({ colour: 'red' } as never)) as OptionsError;
    expect(error.option).toBe('colour');
    expect(error.messages.en).toBe('there is no such option (check the spelling)');
  });

  it('checks notReadyBelow against readyAt, and rule ids and parameters against the loaded rule sets', () => {
    const error = catch_(() =>
      createEvaluator({
        scoring: { readyAt: 60, notReadyBelow: 70 },
      }),
    ) as OptionsError;
    expect(error.issues).toEqual([{ path: 'scoring.notReadyBelow', code: 'too_big', message: 'không được lớn hơn readyAt, nhận được 70' }]);
    const loaded = catch_(() =>
      createEvaluator({ parameters: { 'L5-market-prices': { minPriceQuotes: 0, minQuotes: 2 } }, rules: { 'L9-x': 'off' } }),
    ) as OptionsError;
    expect(loaded.issues.map((issue) => issue.path)).toEqual([
      'parameters.L5-market-prices.minPriceQuotes',
      'parameters.L5-market-prices.minQuotes',
      'rules.L9-x',
    ]);
    expect(loaded.messageIn('en')).toContain('rules.L9-x: there is no such rule');
  });

  it('words a per-call problem in the call locale', async () => {
    const error = await createEvaluator()
      .evaluate(exampleDossier(), { locale: 'en', asOf: '2024-02-30' })
      .catch((caught: unknown) => caught);
    expect((error as OptionsError).issues).toEqual([
      { path: 'asOf', code: 'invalid_date', message: 'must be a real calendar date YYYY-MM-DD, got "2024-02-30"' },
    ]);
  });
});

describe('errors word themselves in any locale', () => {
  it('DossierValidationError: message in its locale, messageIn in another', () => {
    const result = validateDossier({ title: 42 }, { locale: 'vi' });
    expect(result.success).toBe(false);
    const error = (result as { error: DossierValidationError }).error;
    expect(error.code).toBe('error.dossier');
    expect(error.params).toEqual({ count: 1 });
    expect(error.message).toBe('Hồ sơ không hợp lệ (1 lỗi):\n  - title: phải là một chuỗi văn bản, nhận được 42');
    expect(error.messageIn('en')).toBe('Invalid dossier (1 problem):\n  - title: must be a text string, got 42');
  });

  it('RuleSetError: both languages in its message, one in messageIn', () => {
    const error = catch_(() => validateRuleSet({ format: 'khuyencong.rule-set/1' }, 'mine.json', FACT_CATALOGUE)) as RuleSetError;
    expect(error.message).toMatch(/^Không nạp được bộ quy tắc \/ Cannot load rule set mine\.json:/);
    expect(error.messageIn('vi')).toMatch(/^Không nạp được bộ quy tắc mine\.json:\n {2}- id: bắt buộc phải có/);
    expect(error.messageIn('en')).not.toContain('bắt buộc');
  });

  it('HostFactError: the fact named in both languages, its value problems in the call locale', async () => {
    const fact: HostFact = {
      name: 'registryEntry',
      description: { vi: 'Mục trong sổ', en: 'Registry entry' },
      schema: z.object({ recognised: z.boolean() }),
      compute: () => ({ recognised: 'yes' }),
    };
    const error = await createEvaluator({ facts: [fact] })
      .evaluate(exampleDossier(), { asOf: '2024-12-01', locale: 'en' })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      'Dữ kiện "registryEntry" của ứng dụng / host fact "registryEntry": recognised: must be true or false',
    );
    expect((error as { messageIn(locale: 'vi'): string }).messageIn('vi')).toBe(
      'Dữ kiện "registryEntry" của ứng dụng: recognised: phải là true hoặc false',
    );
  });
});
