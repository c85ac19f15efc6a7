import type { Locale } from '../i18n/locale.js';
import type { LegalData } from '../schema/legal-data.js';
import type { RuleSet } from '../schema/rule-set.js';
import { diffLegalData, legalEntryName, type LegalDataDiff, type LegalEntryChange } from './diff-legal-data.js';
import {
  diffRuleSets,
  type ParameterChange,
  type ReferenceChange,
  type RuleAspectChange,
  type RuleSetDiff,
  type RuleSetMetadataField,
  type RuleSetsDiff,
  type ValueChange,
} from './diff-rule-sets.js';
import { compareVersions, parseVersion } from './semver.js';

export { compareVersions } from './semver.js';

/** How big a change is, by the versioning contract (docs/versioning.md): the release it needs. */
export type ReleaseLevel = 'patch' | 'minor' | 'major';
export type ChangeLevel = 'none' | ReleaseLevel;

const RANK: Record<ChangeLevel, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of some change levels ('none' for none). */
export function maxLevel(levels: Iterable<ChangeLevel>): ChangeLevel {
  let level: ChangeLevel = 'none';
  for (const candidate of levels) if (RANK[candidate] > RANK[level]) level = candidate;
  return level;
}

/** Why a change needs the release it does, from the most to the least severe kind. */
export const CHANGE_REASON_KINDS = [
  'rule-set-removed',
  'rule-set-scoring',
  'rule-removed',
  'rule-meaning',
  'parameter-removed',
  'parameter-type',
  'legal-entry-removed',
  'rule-set-added',
  'rule-added',
  'rule-deprecated',
  'parameter-added',
  'parameter-value',
  'reference-verified',
  'legal-entry-added',
  'legal-entry-replaced',
  'legal-entry-corrected',
  'rule-set-wording',
  'parameter-wording',
  'rule-wording',
  'legal-entry-note',
] as const;
export type ChangeReasonKind = (typeof CHANGE_REASON_KINDS)[number];

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

const MEANING_ASPECTS = new Set<RuleAspectChange['aspect']>(['conditions', 'applicability', 'requires', 'severity', 'effective', 'event']);

/** The release one parameter change needs: removed or retyped → major; added, default or bounds → minor; unit, description → patch. */
export function parameterChangeLevel(change: ParameterChange): ReleaseLevel {
  if (change.change === 'removed' || change.fields.includes('type')) return 'major';
  if (change.change === 'added' || change.fields.includes('default') || change.fields.includes('bounds')) return 'minor';
  return 'patch';
}

/** The release one reference change needs: its `verified` flag changed → minor; anything else is documentation → patch. */
export function referenceChangeLevel(change: ReferenceChange): ReleaseLevel {
  return change.change === 'changed' && change.fields.includes('verified') ? 'minor' : 'patch';
}

/** The release a rule-set metadata change needs: lesson or weight → major; title, description → patch. */
export function metadataChangeLevel(field: RuleSetMetadataField): ReleaseLevel {
  return field === 'lesson' || field === 'weight' ? 'major' : 'patch';
}

/** The release a changed legal entry needs: a note alone → patch; value, effectiveTo, source or verified → minor. */
export function legalEntryChangeLevel(change: LegalEntryChange): ReleaseLevel {
  return change.fields.every((field) => field === 'note') ? 'patch' : 'minor';
}

function parameterReason(subject: string, ruleId: string, change: ParameterChange): ChangeReason {
  const level = parameterChangeLevel(change);
  const kind: ChangeReasonKind =
    change.change === 'removed'
      ? 'parameter-removed'
      : change.change === 'added'
        ? 'parameter-added'
        : level === 'major'
          ? 'parameter-type'
          : level === 'minor'
            ? 'parameter-value'
            : 'parameter-wording';
  return { level, kind, subject, ruleId, detail: change.name };
}

/** The reasons one changed aspect of a rule gives (one per parameter or reference for those aspects). */
export function ruleAspectReasons(subject: string, ruleId: string, change: RuleAspectChange): ChangeReason[] {
  if (MEANING_ASPECTS.has(change.aspect)) return [{ level: 'major', kind: 'rule-meaning', subject, ruleId, detail: change.aspect }];
  switch (change.aspect) {
    case 'deprecated':
      return [{ level: 'minor', kind: 'rule-deprecated', subject, ruleId, detail: change.aspect }];
    case 'parameters':
      return change.parameters.map((parameter) => parameterReason(subject, ruleId, parameter));
    case 'references':
      return change.references.map((reference) =>
        referenceChangeLevel(reference) === 'minor'
          ? { level: 'minor', kind: 'reference-verified', subject, ruleId, detail: reference.after?.citation }
          : { level: 'patch', kind: 'rule-wording', subject, ruleId, detail: 'references' },
      );
    default:
      return [{ level: 'patch', kind: 'rule-wording', subject, ruleId, detail: change.aspect }];
  }
}

function isRuleSetsDiff(diff: RuleSetDiff | RuleSetsDiff): diff is RuleSetsDiff {
  return 'ruleSets' in diff;
}

/** Every change of a rule-set diff (one rule set, or several) with the release it needs. */
export function ruleSetChangeReasons(diff: RuleSetDiff | RuleSetsDiff): ChangeReason[] {
  if (isRuleSetsDiff(diff)) {
    return [
      ...diff.ruleSetsRemoved.map((ruleSet): ChangeReason => ({ level: 'major', kind: 'rule-set-removed', subject: ruleSet.id })),
      ...diff.ruleSetsAdded.map((ruleSet): ChangeReason => ({ level: 'minor', kind: 'rule-set-added', subject: ruleSet.id })),
      ...diff.ruleSets.flatMap((ruleSet) => ruleSetChangeReasons(ruleSet)),
    ];
  }
  const subject = diff.id;
  return [
    ...diff.metadata.map((change): ChangeReason => {
      const level = metadataChangeLevel(change.field);
      return { level, kind: level === 'major' ? 'rule-set-scoring' : 'rule-set-wording', subject, detail: change.field };
    }),
    ...diff.rulesRemoved.map((ruleId): ChangeReason => ({ level: 'major', kind: 'rule-removed', subject, ruleId })),
    ...diff.rulesAdded.map((ruleId): ChangeReason => ({ level: 'minor', kind: 'rule-added', subject, ruleId })),
    ...diff.rulesChanged.flatMap((rule) => rule.changes.flatMap((change) => ruleAspectReasons(subject, rule.id, change))),
  ];
}

/** Every change of a legal-data diff with the release it needs. */
export function legalDataChangeReasons(diff: LegalDataDiff): ChangeReason[] {
  const subject = LEGAL_DATA_SUBJECT;
  const keysRemoved = new Set(diff.keysRemoved);
  return [
    ...diff.removed.map(
      (entry): ChangeReason =>
        keysRemoved.has(entry.key)
          ? { level: 'major', kind: 'legal-entry-removed', subject, detail: legalEntryName(entry) }
          : { level: 'minor', kind: 'legal-entry-replaced', subject, detail: legalEntryName(entry) },
    ),
    ...diff.added.map((entry): ChangeReason => ({ level: 'minor', kind: 'legal-entry-added', subject, detail: legalEntryName(entry) })),
    ...diff.changed.map((change): ChangeReason => {
      const level = legalEntryChangeLevel(change);
      return {
        level,
        kind: level === 'minor' ? 'legal-entry-corrected' : 'legal-entry-note',
        subject,
        detail: `${legalEntryName(change)}: ${change.fields.join(', ')}`,
      };
    }),
  ];
}

/**
 * The release a rule-set diff needs, the highest that applies: `major` when a
 * rule is removed or changes meaning or scoring (conditions, applicability,
 * requires, severity, effective dates, event), the lesson or weight changes, or
 * a parameter is removed or retyped; `minor` for new rules, deprecations,
 * parameter defaults, bounds or new parameters, and a reference's `verified`
 * flag; `patch` for wording and documentation; `none` when nothing changed.
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

/**
 * The smallest version allowed after a change of this level, as `npm version`
 * computes it: 1.2.3 + patch → 1.2.4, + minor → 1.3.0, + major → 2.0.0; a
 * pre-release is first completed (2.0.0-rc.1 + major → 2.0.0); `none` → the
 * same version.
 */
export function requiredVersion(previousVersion: string, change: ChangeLevel): string {
  const { major, minor, patch, prerelease } = parseVersion(previousVersion);
  const pre = prerelease.length > 0;
  switch (change) {
    case 'none':
      return previousVersion;
    case 'patch':
      return pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
    case 'minor':
      return pre && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
    case 'major':
      return pre && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  }
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

const LEVEL_NAME: Record<Locale, Record<ReleaseLevel, string>> = {
  vi: { major: 'chính', minor: 'phụ', patch: 'vá' },
  en: { major: 'major', minor: 'minor', patch: 'patch' },
};

/** A level's name in the locale: "chính/phụ/vá", "major/minor/patch". */
export function levelName(level: ReleaseLevel, locale: Locale): string {
  return LEVEL_NAME[locale][level];
}

const KIND_PHRASE: Record<ChangeReasonKind, [vi: string, en: string]> = {
  'rule-set-removed': ['bỏ bộ quy tắc', 'rule sets removed'],
  'rule-set-scoring': ['đổi bài học hoặc trọng số', 'lesson or weight changed'],
  'rule-removed': ['bỏ quy tắc', 'rules removed'],
  'rule-meaning': ['quy tắc đổi ý nghĩa', 'rules changed in meaning'],
  'parameter-removed': ['bỏ tham số', 'parameters removed'],
  'parameter-type': ['đổi kiểu tham số', 'parameter types changed'],
  'legal-entry-removed': ['bỏ hẳn dữ liệu pháp lý', 'legal facts removed'],
  'rule-set-added': ['thêm bộ quy tắc', 'rule sets added'],
  'rule-added': ['thêm quy tắc', 'rules added'],
  'rule-deprecated': ['ngừng dùng quy tắc', 'rules deprecated'],
  'parameter-added': ['thêm tham số', 'parameters added'],
  'parameter-value': ['sửa giá trị mặc định hoặc giới hạn của tham số', 'parameter defaults or bounds changed'],
  'reference-verified': ['đổi trạng thái kiểm chứng của căn cứ', 'references verified or unverified'],
  'legal-entry-added': ['thêm mục dữ liệu pháp lý', 'legal entries added'],
  'legal-entry-replaced': ['đổi ngày hoặc thay mục dữ liệu pháp lý', 'legal entries re-dated or replaced'],
  'legal-entry-corrected': ['sửa mục dữ liệu pháp lý', 'legal entries corrected'],
  'rule-set-wording': ['sửa tiêu đề hoặc mô tả bộ quy tắc', 'rule-set title or description reworded'],
  'parameter-wording': ['sửa mô tả hoặc đơn vị tham số', 'parameter descriptions or units reworded'],
  'rule-wording': ['sửa câu chữ hoặc tài liệu', 'wording or documentation changed'],
  'legal-entry-note': ['sửa ghi chú dữ liệu pháp lý', 'legal notes reworded'],
};

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
    groups.push(`${KIND_PHRASE[kind][locale === 'vi' ? 0 : 1]} (${listed.join('; ')})`);
  }
  return groups;
}

function buildCheck(
  subject: string,
  reasons: ChangeReason[],
  version: ValueChange<string>,
  locale: Locale,
  extraProblems: string[],
): ReleaseCheck {
  const change = maxLevel(reasons.map((reason) => reason.level));
  const required = requiredVersion(version.before, change);
  let versionProblem: string | undefined;
  const backwards = compareVersions(version.after, version.before) < 0;
  const satisfied = !backwards && compareVersions(version.after, required) >= 0;
  const went = `${version.before} → ${version.after}`;
  if (backwards) {
    versionProblem = locale === 'vi' ? `${subject}: phiên bản bị lùi ${went}` : `${subject}: the version went backwards, ${went}`;
  } else if (!satisfied && change !== 'none') {
    const why = describeReasons(
      reasons.filter((reason) => reason.level === change),
      locale,
    ).join('; ');
    versionProblem =
      locale === 'vi'
        ? `${subject}: ${why} nhưng phiên bản chỉ đổi ${went}; cần tăng phiên bản ${levelName(change, locale)} (ít nhất ${required})`
        : `${subject}: ${why} but version went ${went}; a ${levelName(change, locale)} bump is required (at least ${required})`;
  }
  return {
    subject,
    change,
    reasons,
    version,
    requiredVersion: required,
    satisfied,
    ...(versionProblem !== undefined ? { versionProblem } : {}),
    problems: [...(versionProblem !== undefined ? [versionProblem] : []), ...extraProblems],
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
      problems.push(
        locale === 'vi'
          ? `${diff.id}: quy tắc ${rule.id} được thêm ở phiên bản ${version} nhưng "since" là ${rule.since}`
          : `${diff.id}: rule ${rule.id} is added in ${version} but its "since" is ${rule.since}`,
      );
    }
    if (deprecatedNow.has(rule.id) && rule.deprecated && rule.deprecated.since !== version) {
      problems.push(
        locale === 'vi'
          ? `${diff.id}: quy tắc ${rule.id} ngừng dùng từ phiên bản ${version} nhưng "deprecated.since" là ${rule.deprecated.since}`
          : `${diff.id}: rule ${rule.id} is deprecated in ${version} but its "deprecated.since" is ${rule.deprecated.since}`,
      );
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
    throw new TypeError('checkVersionBump: cannot compare a rule set with legal data');
  }
  if (isLegalData(before) && isLegalData(after)) return checkLegalDataRelease(diffLegalData(before, after), options).problems;
  const left = before as RuleSet | readonly RuleSet[];
  const right = after as RuleSet | readonly RuleSet[];
  return checkRuleSetsRelease(diffRuleSets(left, right), right, options).flatMap((check) => check.problems);
}
