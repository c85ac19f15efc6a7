import type { Locale } from '../i18n/locale.js';
import { say } from '../i18n/say.js';
import type { RaisedWarning } from '../facts/warnings.js';
import { WARNING_CODES, type ReportWarning } from '../schema/report.js';
import type { WarningInputs, WarningProducer } from './warnings/producer.js';
import { outsideLegalCoverage } from './warnings/outside-legal-coverage.js';
import { referenceDateDefaulted } from './warnings/reference-date-defaulted.js';
import { unknownProvince } from './warnings/unknown-province.js';
import { unverifiedLegalBasis } from './warnings/unverified-legal-basis.js';

/*
 * A report's warnings come from two places:
 * - a producer here, which looks at the whole evaluation (the context and the judgements);
 *   to add one, write src/report/warnings/<code>.ts and list it below;
 * - a fact or legal lookup, which calls raiseWarning(context, code, params) (src/facts/warnings.ts)
 *   while it computes, e.g. for a province the legal data does not know.
 * Either way the code is one of WARNING_CODES and its sentence is `warning.<code>` in the catalogue.
 */

/** Every producer of a report-wide warning. */
export const WARNING_PRODUCERS: readonly WarningProducer[] = [referenceDateDefaulted, outsideLegalCoverage, unknownProvince, unverifiedLegalBasis];

/** The report's warnings, worded in its locale, in the order of WARNING_CODES. */
export function reportWarnings(inputs: WarningInputs, raisedByFacts: Iterable<RaisedWarning>, locale: Locale): ReportWarning[] {
  const raised = [...WARNING_PRODUCERS.map((produce) => produce(inputs)).filter((warning) => warning !== undefined), ...raisedByFacts];
  return [...raised]
    .sort((a, b) => WARNING_CODES.indexOf(a.code) - WARNING_CODES.indexOf(b.code))
    .map((warning) => ({ code: warning.code, message: say(locale, `warning.${warning.code}`, warning.params) }));
}
