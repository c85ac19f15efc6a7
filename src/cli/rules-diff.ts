import type { Locale } from '../i18n/locale.js';
import { compareRulesInputs } from './rules-diff/compare.js';
import { formatRulesDiffText } from './rules-diff/format-text.js';
import { loadRulesInput } from './rules-diff/load.js';

export { compareRulesInputs, type RulesDiffResult, type RulesSetsDiffWithChecks } from './rules-diff/compare.js';
export { formatRulesDiffText } from './rules-diff/format-text.js';
export { RulesInputError } from './rules-diff/input-error.js';
export { loadRulesInput, type RulesInput } from './rules-diff/load.js';

/** `khuyencong rules diff <a> <b>`: the text or JSON to print. Throws {@link RulesInputError} for bad input (exit 2). */
export async function rulesDiff(a: string, b: string, options: { locale: Locale; format: 'text' | 'json' }): Promise<string> {
  const [left, right] = [await loadRulesInput(a, options.locale), await loadRulesInput(b, options.locale)];
  const result = compareRulesInputs(left, right, options.locale);
  return options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatRulesDiffText(result, options.locale);
}
