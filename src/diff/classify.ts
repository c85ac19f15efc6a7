import type { Locale } from '../i18n/locale.js';
import { sayDiff, type DiffMessageId } from '../i18n/catalogue/diff.js';
import type { LegalData } from '../schema/legal-data.js';
import type { RuleSet } from '../schema/rule-set.js';
import { diffLegalData, legalEntryName, type LegalDataDiff } from './diff-legal-data.js';
import { diffRuleSets, type RuleAspectChange, type RuleSetDiff, type RuleSetsDiff, type ValueChange } from './diff-rule-sets.js';
import {
  CHANGE_REASON_KINDS,
  legalEntryChangeReason,
  legalEntryRemovedReason,
  parameterReason,
  reasonLevel,
  referenceReason,
  VERSIONING_POLICY,
  type ChangeReasonKind,
} from './policy.js';
import { checkBump, maxLevel, type ChangeLevel, type ReleaseLevel } from './semver.js';

/** One change and the release it needs. */
export interface ChangeReason {
  level: ReleaseLevel;
  kind: ChangeReasonKind;
  /** The rule set's id, or `legal-data`. */
  subject: string;
  ruleId?: string | undefined;
  /** The aspect, field, parameter or legal entry concerned, e.g. `conditions`, `weight`, `minPriceQuotes`, `ministryAgencyName@YYYY-MM-DD`. */
  detail?: string | undefined;
}

export const LEGAL_DATA_SUBJECT = 'legal-data';

function reason(kind: ChangeReasonKind, subject: string, ruleId?: string, detail?: string): ChangeReason {
  return { level: reasonLevel(kind), kind, subject, ruleId, detail };
}

/** The reasons one changed aspect of a rule gives (one per parameter or reference for those aspects). */
function ruleAspectReasons(subject: string, ruleId: string, change: RuleAspectChange): ChangeReason[] {
  switch (change.aspect) {
    case 'parameters':
      return change.parameters.map((parameter) => reason(parameterReason(parameter), subject, ruleId, parameter.name));
    case 'references':
      return change.references.map((reference) => {
        const kind = referenceReason(reference);
        // A verification is told by its citation; any other reference change is wording of the rule's references.
        return reason(kind, subject, ruleId, kind === 'reference-verified' ? reference.after?.citation : 'references');
      });
    default:
      return [reason(VERSIONING_POLICY.ruleAspect[change.aspect], subject, ruleId, change.aspect)];
  }
}

function isRuleSetsDiff(diff: RuleSetDiff | RuleSetsDiff): diff is RuleSetsDiff {
  return 'ruleSets' in diff;
}

/** Every change of a rule-set diff (one rule set, or several) with the release it needs. */
export function ruleSetChangeReasons(diff: RuleSetDiff | RuleSetsDiff): ChangeReason[] {
  if (isRuleSetsDiff(diff)) {
    return [
      ...diff.ruleSetsRemoved.map((ruleSet) => reason(VERSIONING_POLICY.ruleSet.removed, ruleSet.id)),
      ...diff.ruleSetsAdded.map((ruleSet) => reason(VERSIONING_POLICY.ruleSet.added, ruleSet.id)),
      ...diff.ruleSets.flatMap((ruleSet) => ruleSetChangeReasons(ruleSet)),
    ];
  }
  const subject = diff.id;
  return [
    ...diff.metadata.map((change) => reason(VERSIONING_POLICY.ruleSetMetadata[change.field], subject, undefined, change.field)),
    ...diff.rulesRemoved.map((ruleId) => reason(VERSIONING_POLICY.rule.removed, subject, ruleId)),
    ...diff.rulesAdded.map((ruleId) => reason(VERSIONING_POLICY.rule.added, subject, ruleId)),
    ...diff.rulesChanged.flatMap((rule) => rule.changes.flatMap((change) => ruleAspectReasons(subject, rule.id, change))),
  ];
}

/** Every change of a legal-data diff with the release it needs. */
export function legalDataChangeReasons(diff: LegalDataDiff): ChangeReason[] {
  const subject = LEGAL_DATA_SUBJECT;
  const keysRemoved = new Set(diff.keysRemoved);
  return [
    ...diff.removed.map((entry) => reason(legalEntryRemovedReason(entry, keysRemoved), subject, undefined, legalEntryName(entry))),
    ...diff.added.map((entry) => reason(VERSIONING_POLICY.legalEntry.added, subject, undefined, legalEntryName(entry))),
    ...diff.changed.map((change) =>
      reason(legalEntryChangeReason(change), subject, undefined, `${legalEntryName(change)}: ${change.fields.join(', ')}`),
    ),
  ];
}

/**
 * The release a rule-set diff needs, the highest that applies: `major` when a
 * rule is removed or changes meaning or scoring (conditions, applicability,
 * requires, severity, effective dates), the lesson or weight changes, or
 * a parameter is removed or retyped; `minor` for new rules, deprecations,
 * parameter defaults, bounds or new parameters, and a reference's `verified`
 * flag; `patch` for wording and documentation (and the unused `event`); `none` when nothing changed.
 * For several rule sets, a rule set removed is major and one added is minor.
 */
export function classifyRuleSetChange(diff: RuleSetDiff | RuleSetsDiff): ChangeLevel {
  return maxLevel(ruleSetChangeReasons(diff).map((reason) => reason.level));
}

/**
 * The release a legal-data diff needs: `major` when a key loses all its
 * entries (rules reading it find nothing); `minor` when entries are added,
 * re-dated (removed while their key keeps other entries) or corrected (value,
 * effectiveTo, source, verified); `patch` for notes; `none` when nothing changed.
 */
export function classifyLegalDataChange(diff: LegalDataDiff): ChangeLevel {
  return maxLevel(legalDataChangeReasons(diff).map((reason) => reason.level));
}

/** The outcome of checking one rule set's (or the legal data's) version against its changes. */
export interface ReleaseCheck {
  /** The rule set's id, or `legal-data`. */
  subject: string;
  change: ChangeLevel;
  reasons: ChangeReason[];
  version: ValueChange<string>;
  /** The smallest version the new side may carry. */
  requiredVersion: string;
  /** The new version is at least {@link requiredVersion} (and did not go backwards). */
  satisfied: boolean;
  /** When not {@link satisfied}: why, in the requested locale. */
  versionProblem?: string | undefined;
  /** Everything wrong, in the requested locale (the version problem first); empty when all is well. */
  problems: string[];
}

export interface VersionCheckOptions {
  /** Language of the problems (default `en`). */
  locale?: Locale | undefined;
}

const LEVEL_MESSAGE: Record<ReleaseLevel, DiffMessageId> = { major: 'diff.level.major', minor: 'diff.level.minor', patch: 'diff.level.patch' };

/** A level's name in the locale: "chính/phụ/vá", "major/minor/patch". */
export function levelName(level: ReleaseLevel, locale: Locale): string {
  return sayDiff(locale, LEVEL_MESSAGE[level]);
}

/** "rules changed in meaning (L5-market-prices: conditions, severity; L5-support-cap: requires)". */
export function describeReasons(reasons: readonly ChangeReason[], locale: Locale): string[] {
  const groups: string[] = [];
  for (const kind of CHANGE_REASON_KINDS) {
    const ofKind = reasons.filter((reason) => reason.kind === kind);
    if (ofKind.length === 0) continue;
    const items = new Map<string, Set<string>>();
    for (const reason of ofKind) {
      const head = reason.ruleId ?? (reason.kind.startsWith('rule-set-') && reason.detail === undefined ? reason.subject : '');
      const details = items.get(head) ?? new Set<string>();
      if (reason.detail !== undefined) details.add(reason.detail);
      items.set(head, details);
    }
    const listed = [...items].map(([head, details]) =>
      head === '' ? [...details].join(', ') : details.size > 0 ? `${head}: ${[...details].join(', ')}` : head,
    );
    groups.push(sayDiff(locale, 'diff.reasons', { reason: sayDiff(locale, VERSIONING_POLICY.reasons[kind].message), items: listed }));
  }
  return groups;
}

function versionProblem(subject: string, reasons: readonly ChangeReason[], version: ValueChange<string>, change: ChangeLevel, locale: Locale) {
  const bump = checkBump(version.before, version.after, change);
  const went = { subject, before: version.before, after: version.after };
  if (bump.backwards) return { bump, problem: sayDiff(locale, 'diff.problem.backwards', went) };
  if (bump.satisfied || change === 'none') return { bump, problem: undefined };
  const why = describeReasons(
    reasons.filter((reason) => reason.level === change),
    locale,
  );
  return {
    bump,
    problem: sayDiff(locale, 'diff.problem.notEnough', { ...went, reasons: why, level: levelName(change, locale), required: bump.required }),
  };
}

function buildCheck(
  subject: string,
  reasons: ChangeReason[],
  version: ValueChange<string>,
  locale: Locale,
  extraProblems: string[],
): ReleaseCheck {
  const change = maxLevel(reasons.map((reason) => reason.level));
  const { bump, problem } = versionProblem(subject, reasons, version, change, locale);
  return {
    subject,
    change,
    reasons,
    version,
    requiredVersion: bump.required,
    satisfied: bump.satisfied,
    ...(problem !== undefined ? { versionProblem: problem } : {}),
    problems: [...(problem !== undefined ? [problem] : []), ...extraProblems],
  };
}

/** Rules added or deprecated in this release should say so with the new version. */
function sinceProblems(diff: RuleSetDiff, ruleSet: RuleSet, movedIn: ReadonlySet<string>, locale: Locale): string[] {
  const problems: string[] = [];
  const version = diff.version.after;
  const added = new Set(diff.rulesAdded);
  const deprecatedNow = new Set(
    diff.rulesChanged
      .filter((rule) => rule.changes.some((change) => change.aspect === 'deprecated' && change.before === undefined))
      .map((rule) => rule.id),
  );
  for (const rule of ruleSet.rules) {
    if (added.has(rule.id) && !movedIn.has(rule.id) && rule.since !== version) {
      problems.push(sayDiff(locale, 'diff.problem.addedSince', { subject: diff.id, ruleId: rule.id, version, since: rule.since }));
    }
    if (deprecatedNow.has(rule.id) && rule.deprecated && rule.deprecated.since !== version) {
      problems.push(sayDiff(locale, 'diff.problem.deprecatedSince', { subject: diff.id, ruleId: rule.id, version, since: rule.deprecated.since }));
    }
  }
  return problems;
}

export interface RuleSetReleaseCheckOptions extends VersionCheckOptions {
  /** The new version of the rule set, to check the `since` of rules added or deprecated in this release. */
  ruleSet?: RuleSet | undefined;
  /** Rule ids that moved in from another rule set (their `since` is not checked). */
  movedIn?: Iterable<string> | undefined;
}

/** Checks one rule set's version change against the release its changes need. */
export function checkRuleSetRelease(diff: RuleSetDiff, options: RuleSetReleaseCheckOptions = {}): ReleaseCheck {
  const locale = options.locale ?? 'en';
  const extra = options.ruleSet ? sinceProblems(diff, options.ruleSet, new Set(options.movedIn ?? []), locale) : [];
  return buildCheck(diff.id, ruleSetChangeReasons(diff), diff.version, locale, extra);
}

/** Checks the legal data's version change against the release its changes need. */
export function checkLegalDataRelease(diff: LegalDataDiff, options: VersionCheckOptions = {}): ReleaseCheck {
  return buildCheck(LEGAL_DATA_SUBJECT, legalDataChangeReasons(diff), diff.version, options.locale ?? 'en', []);
}

/** One {@link ReleaseCheck} per rule set present on both sides of a diff. */
export function checkRuleSetsRelease(
  diff: RuleSetsDiff,
  after: RuleSet | readonly RuleSet[],
  options: VersionCheckOptions = {},
): ReleaseCheck[] {
  const ruleSets = new Map((Array.isArray(after) ? (after as readonly RuleSet[]) : [after as RuleSet]).map((ruleSet) => [ruleSet.id, ruleSet]));
  return diff.ruleSets.map((ruleSetDiff) =>
    checkRuleSetRelease(ruleSetDiff, {
      ...options,
      ruleSet: ruleSets.get(ruleSetDiff.id),
      movedIn: diff.movedRules.filter((moved) => moved.to === ruleSetDiff.id).map((moved) => moved.id),
    }),
  );
}

function isLegalData(value: unknown): value is LegalData {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'khuyencong.legal-data/1';
}

/**
 * Checks that each version moved at least as far as its changes require, and
 * that rules added or deprecated carry the new version in `since`. Returns the
 * problems found (empty when the versions are right), e.g. "khuyencong/L5:
 * rules changed in meaning (L5-market-prices: conditions) but version went
 * 1.0.0 → 1.1.0; a major bump is required (at least 2.0.0)".
 * Rule sets are matched by id; one present on a single side is not checked.
 */
export function checkVersionBump(
  before: RuleSet | readonly RuleSet[],
  after: RuleSet | readonly RuleSet[],
  options?: VersionCheckOptions,
): string[];
export function checkVersionBump(before: LegalData, after: LegalData, options?: VersionCheckOptions): string[];
export function checkVersionBump(
  before: RuleSet | readonly RuleSet[] | LegalData,
  after: RuleSet | readonly RuleSet[] | LegalData,
  options: VersionCheckOptions = {},
): string[] {
  if (isLegalData(before) !== isLegalData(after)) {
    throw new TypeError(sayDiff(options.locale ?? 'en', 'diff.error.ruleSetWithLegalData'));
  }
  if (isLegalData(before) && isLegalData(after)) return checkLegalDataRelease(diffLegalData(before, after), options).problems;
  const left = before as RuleSet | readonly RuleSet[];
  const right = after as RuleSet | readonly RuleSet[];
  return checkRuleSetsRelease(diffRuleSets(left, right), right, options).flatMap((check) => check.problems);
}
