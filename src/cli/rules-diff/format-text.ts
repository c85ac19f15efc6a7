import { levelName, type ReleaseCheck } from '../../diff/classify.js';
import { legalEntryName, type LegalDataDiff } from '../../diff/diff-legal-data.js';
import {
  hasRuleSetChanges,
  type ParameterChange,
  type ReferenceChange,
  type RuleAspectChange,
  type RuleSetDiff,
  type RuleSetSummary,
} from '../../diff/diff-rule-sets.js';
import { jsonInline } from '../../diff/json.js';
import {
  legalEntryChangeReason,
  legalEntryRemovedReason,
  parameterReason,
  reasonLevel,
  referenceReason,
  VERSIONING_POLICY,
  type ChangeReasonKind,
} from '../../diff/policy.js';
import { wentBackwards, type ReleaseLevel } from '../../diff/semver.js';
import type { Locale } from '../../i18n/locale.js';
import { sayDiff } from '../../i18n/catalogue/diff.js';
import type { RulesDiffResult, RulesSetsDiffWithChecks } from './compare.js';

/** Values longer than this are named ("changed", "reworded") rather than shown before and after. */
const SHORT = 70;

function isLocalizedText(value: unknown): value is { vi: string; en: string } {
  return typeof value === 'object' && value !== null && typeof (value as { vi?: unknown }).vi === 'string' && typeof (value as { en?: unknown }).en === 'string';
}

function render(value: unknown, locale: Locale): string {
  if (isLocalizedText(value)) return `“${value[locale]}”`;
  if (typeof value === 'string') return value;
  return jsonInline(value);
}

/** `before → after` when both are short, else the given word ("changed", "reworded"). */
function beforeAfter(before: unknown, after: unknown, locale: Locale, otherwise: string): string {
  const left = render(before, locale);
  const right = render(after, locale);
  return left.length <= SHORT && right.length <= SHORT ? `${left} → ${right}` : otherwise;
}

/** "reworded" for a patch-level change, else "changed". */
function changedWord(level: ReleaseLevel, locale: Locale): string {
  return sayDiff(locale, level === 'patch' ? 'diff.change.reworded' : 'diff.change.changed');
}

function tag(kind: ChangeReasonKind, locale: Locale): string {
  return `[${levelName(reasonLevel(kind), locale)}]`;
}

function bounds(parameter: ParameterChange['before']): string {
  return `${parameter?.minimum ?? '−∞'}…${parameter?.maximum ?? '∞'}`;
}

/** `before → after` of a field named by its JSON key (`type`, `default`, `verified`…), the same in every locale. */
function fieldChange(field: string, before: unknown, after: unknown, locale: Locale): string {
  return `${field} ${render(before, locale)} → ${render(after, locale)}`;
}

function parameterLine(change: ParameterChange, locale: Locale): string {
  const head = sayDiff(locale, 'diff.text.parameter', { name: change.name });
  if (change.change === 'added') return `${head}: ${sayDiff(locale, 'diff.text.parameterAdded', { default: render(change.after?.default, locale) })}`;
  if (change.change === 'removed') return `${head}: ${sayDiff(locale, 'diff.change.removed')}`;
  const parts = change.fields.map((field) => {
    switch (field) {
      case 'type':
      case 'default':
        return fieldChange(field, change.before?.[field], change.after?.[field], locale);
      case 'bounds':
        return `${sayDiff(locale, 'diff.field.bounds')} ${bounds(change.before)} → ${bounds(change.after)}`;
      case 'unit':
        return `${sayDiff(locale, 'diff.field.unit')} ${beforeAfter(change.before?.unit, change.after?.unit, locale, sayDiff(locale, 'diff.change.changed'))}`;
      case 'description':
        return `${sayDiff(locale, 'diff.field.description')} ${sayDiff(locale, 'diff.change.reworded')}`;
    }
  });
  return `${head}: ${parts.join(', ')}`;
}

function referenceLine(change: ReferenceChange, locale: Locale): string {
  const head = sayDiff(locale, 'diff.text.reference', { citation: (change.before ?? change.after)!.citation });
  if (change.change !== 'changed') return `${head}: ${sayDiff(locale, change.change === 'added' ? 'diff.change.added' : 'diff.change.removed')}`;
  const parts = change.fields.map((field) =>
    field === 'verified' || field === 'kind' || field === 'citation'
      ? fieldChange(field, change.before?.[field], change.after?.[field], locale)
      : `${field} ${sayDiff(locale, 'diff.change.changed')}`,
  );
  return `${head}: ${parts.join(', ')}`;
}

/** One `(text, reason)` per reported change of a rule aspect: per parameter, message or reference for those aspects. */
function aspectLines(change: RuleAspectChange, locale: Locale): [string, ChangeReasonKind][] {
  const label = sayDiff(locale, `diff.aspect.${change.aspect}`);
  switch (change.aspect) {
    case 'parameters':
      return change.parameters.map((parameter) => [parameterLine(parameter, locale), parameterReason(parameter)]);
    case 'references':
      return change.references.map((reference) => [referenceLine(reference, locale), referenceReason(reference)]);
    case 'messages':
      return change.messages.map((message) => [
        `${sayDiff(locale, 'diff.text.message', { kind: message.kind })}: ${sayDiff(
          locale,
          message.before === undefined ? 'diff.change.added' : message.after === undefined ? 'diff.change.removed' : 'diff.change.reworded',
        )}`,
        VERSIONING_POLICY.ruleAspect.messages,
      ]);
    case 'effective': {
      const parts = change.fields.map((field) => fieldChange(field, change.before[field], change.after[field], locale));
      return [[`${label}: ${parts.join(', ')}`, VERSIONING_POLICY.ruleAspect.effective]];
    }
    default: {
      const kind = VERSIONING_POLICY.ruleAspect[change.aspect];
      // Conditions are too long to read inline; the JSON output has them.
      const text =
        change.aspect === 'conditions' || change.aspect === 'applicability'
          ? sayDiff(locale, 'diff.change.changed')
          : beforeAfter(change.before, change.after, locale, changedWord(reasonLevel(kind), locale));
      return [[`${label}: ${text}`, kind]];
    }
  }
}

/** The release the changes need and whether the version satisfies it, then the check's other problems. */
function releaseLines(check: ReleaseCheck, locale: Locale): string[] {
  const verdict = check.satisfied
    ? 'diff.verdict.ok'
    : wentBackwards(check.version.before, check.version.after)
      ? 'diff.verdict.backwards'
      : 'diff.verdict.notEnough';
  const went = sayDiff(locale, 'diff.text.versionVerdict', { ...check.version, verdict: sayDiff(locale, verdict) });
  const needs =
    check.change === 'none'
      ? sayDiff(locale, 'diff.text.noRelease')
      : sayDiff(locale, 'diff.text.releaseNeeded', { level: levelName(check.change, locale), required: check.requiredVersion });
  return [`  → ${needs} — ${went}`, ...check.problems.filter((problem) => problem !== check.versionProblem).map((problem) => `  ! ${problem}`)];
}

function ruleSetLines(diff: RuleSetDiff, check: ReleaseCheck | undefined, locale: Locale): string[] {
  const lines = [sayDiff(locale, 'diff.text.ruleSet', { id: diff.id, ...diff.version })];
  const add = (sign: string, subject: string, text: string, kind: ChangeReasonKind) => lines.push(`  ${sign} ${subject}: ${text} ${tag(kind, locale)}`);
  for (const change of diff.metadata) {
    const kind = VERSIONING_POLICY.ruleSetMetadata[change.field];
    const text = beforeAfter(change.before, change.after, locale, changedWord(reasonLevel(kind), locale));
    add('~', sayDiff(locale, 'diff.text.ruleSetItself'), `${change.field}: ${text}`, kind);
  }
  for (const id of diff.rulesRemoved) add('-', id, sayDiff(locale, 'diff.text.ruleRemoved'), VERSIONING_POLICY.rule.removed);
  for (const id of diff.rulesAdded) add('+', id, sayDiff(locale, 'diff.text.ruleAdded'), VERSIONING_POLICY.rule.added);
  for (const rule of diff.rulesChanged) {
    for (const change of rule.changes) for (const [text, kind] of aspectLines(change, locale)) add('~', rule.id, text, kind);
  }
  if (check) lines.push(...releaseLines(check, locale));
  return lines;
}

function legalLines(diff: LegalDataDiff, check: ReleaseCheck, locale: Locale): string[] {
  const lines = [sayDiff(locale, 'diff.text.legalData', { ...diff.version })];
  const keysRemoved = new Set(diff.keysRemoved);
  for (const entry of diff.removed) {
    lines.push(`  - ${legalEntryName(entry)}: ${sayDiff(locale, 'diff.text.entryRemoved')} ${tag(legalEntryRemovedReason(entry, keysRemoved), locale)}`);
  }
  for (const entry of diff.added) {
    const value = render(entry.value, locale);
    const shown = value.length <= SHORT ? ` (${value})` : '';
    lines.push(`  + ${legalEntryName(entry)}: ${sayDiff(locale, 'diff.text.entryAdded')}${shown} ${tag(VERSIONING_POLICY.legalEntry.added, locale)}`);
  }
  for (const change of diff.changed) {
    const parts = change.fields.map((field) => {
      const values = change[field]!;
      return field === 'note'
        ? `note ${sayDiff(locale, 'diff.change.reworded')}`
        : `${field} ${beforeAfter(values.before, values.after, locale, sayDiff(locale, 'diff.change.changed'))}`;
    });
    lines.push(`  ~ ${legalEntryName(change)}: ${parts.join(', ')} ${tag(legalEntryChangeReason(change), locale)}`);
  }
  lines.push(...releaseLines(check, locale));
  return lines;
}

function ruleSetsBlocks(ruleSets: RulesSetsDiffWithChecks, locale: Locale): string[][] {
  const blocks: string[][] = [];
  const unchanged: string[] = [];
  for (const diff of ruleSets.ruleSets) {
    const check = ruleSets.releases.find((candidate) => candidate.subject === diff.id);
    if (!hasRuleSetChanges(diff) && check?.problems.length === 0) {
      const version = diff.version.before === diff.version.after ? diff.version.after : `${diff.version.before} → ${diff.version.after}`;
      unchanged.push(sayDiff(locale, 'diff.text.ruleSetUnchanged', { id: diff.id, version }));
    } else blocks.push(ruleSetLines(diff, check, locale));
  }
  const summary = (ruleSet: RuleSetSummary, id: 'diff.text.ruleSetAdded' | 'diff.text.ruleSetRemoved', kind: ChangeReasonKind) => `${sayDiff(locale, id, { id: ruleSet.id, version: ruleSet.version, count: String(ruleSet.rules.length) })} ${tag(kind, locale)}`;
  const addedOrRemoved = [
    ...ruleSets.ruleSetsAdded.map((ruleSet) => summary(ruleSet, 'diff.text.ruleSetAdded', VERSIONING_POLICY.ruleSet.added)),
    ...ruleSets.ruleSetsRemoved.map((ruleSet) => summary(ruleSet, 'diff.text.ruleSetRemoved', VERSIONING_POLICY.ruleSet.removed)),
  ];
  const moved = ruleSets.movedRules.map((rule) => sayDiff(locale, 'diff.text.ruleMoved', { ...rule }));
  return [...blocks, unchanged, addedOrRemoved, moved].filter((block) => block.length > 0);
}

/** The readable report of `rules diff`: one line per change, with the release each rule set needs and whether its version satisfies it. */
export function formatRulesDiffText(result: RulesDiffResult, locale: Locale): string {
  const blocks: string[][] = [[sayDiff(locale, 'diff.text.header', { a: result.a, b: result.b })]];
  if (result.ruleSets) blocks.push(...ruleSetsBlocks(result.ruleSets, locale));
  if (result.legalData) blocks.push(legalLines(result.legalData, result.legalData.release, locale));
  if (result.notes.length > 0) blocks.push(result.notes);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
