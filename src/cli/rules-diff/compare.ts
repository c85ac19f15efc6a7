import { checkLegalDataRelease, checkRuleSetsRelease, type ReleaseCheck } from '../../diff/classify.js';
import { diffLegalData, type LegalDataDiff } from '../../diff/diff-legal-data.js';
import { diffRuleSets, type RuleSetsDiff } from '../../diff/diff-rule-sets.js';
import type { Locale } from '../../i18n/locale.js';
import { sayDiff } from '../../i18n/catalogue/diff.js';
import { RulesInputError } from './input-error.js';
import type { RulesInput } from './load.js';

/** What `rules diff --format json` prints. */
export interface RulesDiffResult {
  a: string;
  b: string;
  /** Present when both sides hold rule sets. */
  ruleSets?: RulesSetsDiffWithChecks | undefined;
  /** Present when both sides hold legal data. */
  legalData?: (LegalDataDiff & { release: ReleaseCheck }) | undefined;
  /** What was not compared, and why. */
  notes: string[];
}
export interface RulesSetsDiffWithChecks extends RuleSetsDiff {
  /** One version check per rule set present on both sides. */
  releases: ReleaseCheck[];
}

function holds(input: RulesInput, locale: Locale): string {
  return sayDiff(locale, input.ruleSets.length > 0 ? 'diff.holds.ruleSets' : 'diff.holds.legalData');
}

/**
 * Compares two loaded inputs: the diff and release checks of what both sides
 * hold, and a note, in `locale`, for what only one side holds. Throws
 * {@link RulesInputError} when they hold nothing in common.
 */
export function compareRulesInputs(a: RulesInput, b: RulesInput, locale: Locale): RulesDiffResult {
  const result: RulesDiffResult = { a: a.path, b: b.path, ruleSets: undefined, legalData: undefined, notes: [] };
  const bothRuleSets = a.ruleSets.length > 0 && b.ruleSets.length > 0;
  if (!bothRuleSets && !(a.legalData && b.legalData)) {
    throw new RulesInputError('diff.input.nothingToCompare', { a: a.path, aHolds: holds(a, locale), b: b.path, bHolds: holds(b, locale) }, locale);
  }
  if (bothRuleSets) {
    const after = b.ruleSets.map((entry) => entry.ruleSet);
    const diff = diffRuleSets(
      a.ruleSets.map((entry) => entry.ruleSet),
      after,
    );
    result.ruleSets = { ...diff, releases: checkRuleSetsRelease(diff, after, { locale }) };
  } else {
    result.notes.push(sayDiff(locale, 'diff.note.onlyRuleSets', { path: a.ruleSets.length > 0 ? a.path : b.path }));
  }
  if (a.legalData && b.legalData) {
    const diff = diffLegalData(a.legalData.data, b.legalData.data);
    result.legalData = { ...diff, release: checkLegalDataRelease(diff, { locale }) };
  } else if (a.legalData || b.legalData) {
    result.notes.push(sayDiff(locale, 'diff.note.onlyLegalData', { path: a.legalData ? a.path : b.path }));
  }
  return result;
}
