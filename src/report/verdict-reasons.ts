import type { Locale } from '../i18n/locale.js';
import { say } from '../i18n/say.js';
import type { VerdictReason } from '../schema/report.js';
import type { VerdictReasonFacts } from '../scoring/verdict.js';

/** The verdict's reasons worded in the report's locale (`verdict.<code>` in the catalogue). */
export function wordVerdictReasons(reasons: readonly VerdictReasonFacts[], locale: Locale): VerdictReason[] {
  return reasons.map(({ code, ruleIds, score, threshold }) => ({
    code,
    message: say(locale, `verdict.${code}`, { ruleIds, count: ruleIds?.length, score, threshold }),
    ...(ruleIds ? { ruleIds: [...ruleIds] } : {}),
  }));
}
