import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkLegalDataRelease,
  checkRuleSetsRelease,
  compareVersions,
  legalEntryChangeLevel,
  levelName,
  metadataChangeLevel,
  parameterChangeLevel,
  referenceChangeLevel,
  ruleAspectReasons,
  maxLevel,
  type ReleaseCheck,
  type ReleaseLevel,
} from '../diff/classify.js';
import { diffLegalData, legalEntryName, type LegalDataDiff } from '../diff/diff-legal-data.js';
import {
  diffRuleSets,
  hasRuleSetChanges,
  type ParameterChange,
  type ReferenceChange,
  type RuleAspectChange,
  type RuleSetDiff,
  type RuleSetsDiff,
} from '../diff/diff-rule-sets.js';
import { jsonInline } from '../diff/json.js';
import { validateRuleSet } from '../engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../facts/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { RuleSetError } from '../schema/errors.js';
import { localizeIssues } from '../schema/issues.js';
import { LegalDataSchema, type LegalData } from '../schema/legal-data.js';
import type { RuleSet } from '../schema/rule-set.js';

/** An input of `rules diff` that cannot be read, parsed or validated, or two inputs that cannot be compared; the CLI exits 2. */
export class RulesInputError extends Error {
  override name = 'RulesInputError';
}

/** What one side of `rules diff` holds: rule sets (with the file each came from) and/or the legal data. */
export interface RulesInput {
  path: string;
  ruleSets: { file: string; ruleSet: RuleSet }[];
  legalData?: { file: string; data: LegalData } | undefined;
}

const RULE_SET_FILE = /^L.*\.json$/;
const LEGAL_DATA_FILE = 'legal-data.json';

function say(locale: Locale, vi: string, en: string): string {
  return locale === 'vi' ? vi : en;
}

async function readJson(file: string, locale: Locale): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RulesInputError(say(locale, `Không đọc được tệp ${file} (${reason})`, `Cannot read ${file} (${reason})`));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RulesInputError(say(locale, `${file} không phải JSON hợp lệ: ${reason}`, `${file} is not valid JSON: ${reason}`));
  }
}

function loadRuleSet(json: unknown, file: string): RuleSet {
  try {
    return validateRuleSet(json, file, FACT_CATALOGUE);
  } catch (error) {
    if (error instanceof RuleSetError) throw new RulesInputError(error.message);
    throw error;
  }
}

function loadLegalData(json: unknown, file: string, locale: Locale): LegalData {
  const parsed = LegalDataSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issues = localizeIssues(parsed.error.issues, locale, '(legal data)').map((issue) => `  - ${issue.path}: ${issue.message}`);
  throw new RulesInputError(`${say(locale, `Dữ liệu pháp lý không hợp lệ trong ${file}`, `Invalid legal data in ${file}`)}:\n${issues.join('\n')}`);
}

type Kind = 'rule-set' | 'legal-data';

function kindOf(json: unknown): Kind | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { format } = json as { format?: unknown };
  if (format === 'khuyencong.rule-set/1') return 'rule-set';
  if (format === 'khuyencong.legal-data/1') return 'legal-data';
  if (format === undefined && 'rules' in json) return 'rule-set';
  if (format === undefined && 'entries' in json) return 'legal-data';
  return undefined;
}

/**
 * Reads one side of `rules diff`: a rule-set file, a legal-data file, or a
 * directory holding `L*.json` and/or `legal-data.json` (the `rules/` folder of
 * a release). Every rule set is validated against the fact catalogue and the
 * legal data against its schema; a problem throws {@link RulesInputError} naming the file.
 */
export async function loadRulesInput(path: string, locale: Locale): Promise<RulesInput> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RulesInputError(say(locale, `Không đọc được ${path} (${reason})`, `Cannot read ${path} (${reason})`));
  }
  const input: RulesInput = { path, ruleSets: [] };
  if (!isDirectory) {
    const json = await readJson(path, locale);
    const kind = kindOf(json);
    if (kind === 'rule-set') input.ruleSets.push({ file: path, ruleSet: loadRuleSet(json, path) });
    else if (kind === 'legal-data') input.legalData = { file: path, data: loadLegalData(json, path, locale) };
    else {
      throw new RulesInputError(
        say(
          locale,
          `${path} không phải bộ quy tắc (format "khuyencong.rule-set/1") hay dữ liệu pháp lý (format "khuyencong.legal-data/1")`,
          `${path} is neither a rule set (format "khuyencong.rule-set/1") nor legal data (format "khuyencong.legal-data/1")`,
        ),
      );
    }
    return input;
  }
  const names = (await readdir(path)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names.filter((candidate) => RULE_SET_FILE.test(candidate))) {
    const file = join(path, name);
    input.ruleSets.push({ file, ruleSet: loadRuleSet(await readJson(file, locale), file) });
  }
  if (names.includes(LEGAL_DATA_FILE)) {
    const file = join(path, LEGAL_DATA_FILE);
    input.legalData = { file, data: loadLegalData(await readJson(file, locale), file, locale) };
  }
  if (input.ruleSets.length === 0 && !input.legalData) {
    throw new RulesInputError(
      say(locale, `Thư mục ${path} không có tệp L*.json hay ${LEGAL_DATA_FILE}`, `The directory ${path} holds no L*.json or ${LEGAL_DATA_FILE}`),
    );
  }
  const seen = new Map<string, string>();
  for (const { file, ruleSet } of input.ruleSets) {
    const other = seen.get(ruleSet.id);
    if (other !== undefined) {
      throw new RulesInputError(
        say(locale, `${other} và ${file} cùng là bộ quy tắc ${ruleSet.id}`, `${other} and ${file} are both rule set ${ruleSet.id}`),
      );
    }
    seen.set(ruleSet.id, file);
  }
  return input;
}

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

/** Compares two loaded inputs; throws {@link RulesInputError} when they hold nothing in common. */
export function compareRulesInputs(a: RulesInput, b: RulesInput, locale: Locale): RulesDiffResult {
  const result: RulesDiffResult = { a: a.path, b: b.path, ruleSets: undefined, legalData: undefined, notes: [] };
  const hasRuleSets = [a.ruleSets.length > 0, b.ruleSets.length > 0];
  const hasLegal = [a.legalData !== undefined, b.legalData !== undefined];
  if (!(hasRuleSets[0] && hasRuleSets[1]) && !(hasLegal[0] && hasLegal[1])) {
    const what = (input: RulesInput) =>
      input.ruleSets.length > 0 ? say(locale, 'bộ quy tắc', 'rule sets') : say(locale, 'dữ liệu pháp lý', 'legal data');
    throw new RulesInputError(
      say(
        locale,
        `Không so sánh được: ${a.path} chứa ${what(a)}, ${b.path} chứa ${what(b)}`,
        `Nothing to compare: ${a.path} holds ${what(a)}, ${b.path} holds ${what(b)}`,
      ),
    );
  }
  if (hasRuleSets[0] && hasRuleSets[1]) {
    const before = a.ruleSets.map((entry) => entry.ruleSet);
    const after = b.ruleSets.map((entry) => entry.ruleSet);
    const diff = diffRuleSets(before, after);
    result.ruleSets = { ...diff, releases: checkRuleSetsRelease(diff, after, { locale }) };
  } else {
    const only = hasRuleSets[0] ? a.path : b.path;
    result.notes.push(say(locale, `Chỉ ${only} có bộ quy tắc; không so sánh bộ quy tắc`, `Only ${only} holds rule sets; rule sets not compared`));
  }
  if (a.legalData && b.legalData) {
    const diff = diffLegalData(a.legalData.data, b.legalData.data);
    result.legalData = { ...diff, release: checkLegalDataRelease(diff, { locale }) };
  } else if (a.legalData || b.legalData) {
    const only = a.legalData ? a.path : b.path;
    result.notes.push(say(locale, `Chỉ ${only} có dữ liệu pháp lý; không so sánh dữ liệu pháp lý`, `Only ${only} holds legal data; legal data not compared`));
  }
  return result;
}

// ---------------------------------------------------------------- text output

const ASPECT_LABEL: Record<RuleAspectChange['aspect'], [vi: string, en: string]> = {
  conditions: ['điều kiện', 'conditions'],
  applicability: ['điều kiện áp dụng', 'applicability'],
  requires: ['dữ liệu bắt buộc', 'required data'],
  severity: ['mức độ', 'severity'],
  effective: ['thời gian hiệu lực', 'effective dates'],
  event: ['sự kiện', 'event'],
  parameters: ['tham số', 'parameters'],
  deprecated: ['ngừng dùng', 'deprecation'],
  references: ['căn cứ', 'references'],
  title: ['tiêu đề', 'title'],
  description: ['mô tả', 'description'],
  rationale: ['lý do', 'rationale'],
  messages: ['thông báo', 'messages'],
  remediation: ['hướng khắc phục', 'remediation'],
  messageFacts: ['dữ kiện của thông báo', 'message facts'],
  since: ['phiên bản ra đời (since)', 'since'],
};

const WORDS = {
  header: ['So sánh quy tắc', 'Rules diff'],
  ruleSet: ['Bộ quy tắc', 'Rule set'],
  legalData: ['Dữ liệu pháp lý', 'Legal data'],
  version: ['phiên bản', 'version'],
  noChanges: ['không có thay đổi', 'no changes'],
  ruleSetAdded: ['bộ quy tắc mới', 'new rule set'],
  ruleSetRemoved: ['đã bỏ bộ quy tắc', 'rule set removed'],
  rules: ['quy tắc', 'rules'],
  ruleAdded: ['quy tắc mới', 'rule added'],
  ruleRemoved: ['đã bỏ quy tắc', 'rule removed'],
  changed: ['đã đổi', 'changed'],
  reworded: ['sửa câu chữ', 'reworded'],
  added: ['thêm', 'added'],
  removed: ['bỏ', 'removed'],
  parameter: ['tham số', 'parameter'],
  message: ['thông báo', 'message'],
  reference: ['căn cứ', 'reference'],
  entryAdded: ['thêm mục', 'entry added'],
  entryRemoved: ['bỏ mục', 'entry removed'],
  ok: ['đạt', 'OK'],
  notEnough: ['chưa đủ', 'not enough'],
  backwards: ['bị lùi', 'went backwards'],
  noRelease: ['không cần tăng phiên bản', 'no release needed'],
  ruleSetLabel: ['(bộ quy tắc)', '(rule set)'],
} as const satisfies Record<string, readonly [string, string]>;

function word(key: keyof typeof WORDS, locale: Locale): string {
  return WORDS[key][locale === 'vi' ? 0 : 1];
}

function isLocalizedText(value: unknown): value is { vi: string; en: string } {
  return typeof value === 'object' && value !== null && typeof (value as { vi?: unknown }).vi === 'string' && typeof (value as { en?: unknown }).en === 'string';
}

const SHORT = 70;

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

function tag(level: ReleaseLevel, locale: Locale): string {
  return `[${levelName(level, locale)}]`;
}

function bounds(parameter: ParameterChange['before']): string {
  return `${parameter?.minimum ?? '−∞'}…${parameter?.maximum ?? '∞'}`;
}

function parameterLine(change: ParameterChange, locale: Locale): string {
  const head = `${word('parameter', locale)} ${change.name}`;
  if (change.change === 'added') return `${head}: ${word('added', locale)} (default ${render(change.after?.default, locale)})`;
  if (change.change === 'removed') return `${head}: ${word('removed', locale)}`;
  const parts = change.fields.map((field) => {
    switch (field) {
      case 'type':
        return `type ${change.before?.type} → ${change.after?.type}`;
      case 'default':
        return `default ${render(change.before?.default, locale)} → ${render(change.after?.default, locale)}`;
      case 'bounds':
        return `${say(locale, 'giới hạn', 'bounds')} ${bounds(change.before)} → ${bounds(change.after)}`;
      case 'unit':
        return `${say(locale, 'đơn vị', 'unit')} ${beforeAfter(change.before?.unit, change.after?.unit, locale, word('changed', locale))}`;
      case 'description':
        return `${say(locale, 'mô tả', 'description')} ${word('reworded', locale)}`;
    }
  });
  return `${head}: ${parts.join(', ')}`;
}

function referenceLine(change: ReferenceChange, locale: Locale): string {
  const citation = (change.after ?? change.before)!.citation;
  const head = `${word('reference', locale)} “${change.before?.citation ?? citation}”`;
  if (change.change === 'added') return `${word('reference', locale)} “${citation}”: ${word('added', locale)}`;
  if (change.change === 'removed') return `${head}: ${word('removed', locale)}`;
  const parts = change.fields.map((field) =>
    field === 'verified' || field === 'kind' || field === 'citation'
      ? `${field} ${render(change.before?.[field], locale)} → ${render(change.after?.[field], locale)}`
      : `${field} ${word('changed', locale)}`,
  );
  return `${head}: ${parts.join(', ')}`;
}

/** One `(text, level)` per reported change of a rule aspect: per parameter, message or reference for those aspects. */
function aspectLines(ruleSetId: string, ruleId: string, change: RuleAspectChange, locale: Locale): [string, ReleaseLevel][] {
  const label = ASPECT_LABEL[change.aspect][locale === 'vi' ? 0 : 1];
  switch (change.aspect) {
    case 'parameters':
      return change.parameters.map((parameter) => [parameterLine(parameter, locale), parameterChangeLevel(parameter)]);
    case 'references':
      return change.references.map((reference) => [referenceLine(reference, locale), referenceChangeLevel(reference)]);
    case 'messages':
      return change.messages.map((message) => [
        `${word('message', locale)} “${message.kind}”: ${
          message.before === undefined ? word('added', locale) : message.after === undefined ? word('removed', locale) : word('reworded', locale)
        }`,
        'patch',
      ]);
    case 'effective': {
      const parts = change.fields.map((field) => `${field} ${render(change.before[field], locale)} → ${render(change.after[field], locale)}`);
      return [[`${label}: ${parts.join(', ')}`, 'major']];
    }
    default: {
      const level = maxLevel(ruleAspectReasons(ruleSetId, ruleId, change).map((reason) => reason.level));
      const otherwise = level === 'patch' ? word('reworded', locale) : word('changed', locale);
      const text = change.aspect === 'conditions' || change.aspect === 'applicability' ? word('changed', locale) : beforeAfter(change.before, change.after, locale, otherwise);
      return [[`${label}: ${text}`, level === 'none' ? 'patch' : level]];
    }
  }
}

function releaseLine(check: ReleaseCheck, locale: Locale): string {
  const went = `${word('version', locale)} ${check.version.before} → ${check.version.after}`;
  const verdict = check.satisfied
    ? word('ok', locale)
    : compareVersions(check.version.after, check.version.before) < 0
      ? word('backwards', locale)
      : word('notEnough', locale);
  if (check.change === 'none') return `  → ${word('noChanges', locale)}; ${word('noRelease', locale)} — ${went}: ${verdict}`;
  const needs = say(
    locale,
    `cần tăng phiên bản ${levelName(check.change, locale)} (≥ ${check.requiredVersion})`,
    `requires a ${levelName(check.change, locale)} release (≥ ${check.requiredVersion})`,
  );
  return `  → ${needs} — ${went}: ${verdict}`;
}

function ruleSetLines(diff: RuleSetDiff, check: ReleaseCheck | undefined, locale: Locale): string[] {
  const lines = [`${word('ruleSet', locale)} ${diff.id}: ${word('version', locale)} ${diff.version.before} → ${diff.version.after}`];
  const add = (sign: string, subject: string, text: string, level: ReleaseLevel) => lines.push(`  ${sign} ${subject}: ${text} ${tag(level, locale)}`);
  for (const change of diff.metadata) {
    const level = metadataChangeLevel(change.field);
    add('~', word('ruleSetLabel', locale), `${change.field}: ${beforeAfter(change.before, change.after, locale, level === 'patch' ? word('reworded', locale) : word('changed', locale))}`, level);
  }
  for (const id of diff.rulesRemoved) add('-', id, word('ruleRemoved', locale), 'major');
  for (const id of diff.rulesAdded) add('+', id, word('ruleAdded', locale), 'minor');
  for (const rule of diff.rulesChanged) {
    for (const change of rule.changes) for (const [text, level] of aspectLines(diff.id, rule.id, change, locale)) add('~', rule.id, text, level);
  }
  if (check) {
    lines.push(releaseLine(check, locale));
    for (const problem of check.problems) if (problem !== check.versionProblem) lines.push(`  ! ${problem}`);
  }
  return lines;
}

function legalLines(diff: LegalDataDiff, check: ReleaseCheck, locale: Locale): string[] {
  const lines = [`${word('legalData', locale)}: ${word('version', locale)} ${diff.version.before} → ${diff.version.after}`];
  const keysRemoved = new Set(diff.keysRemoved);
  for (const entry of diff.removed) {
    lines.push(`  - ${legalEntryName(entry)}: ${word('entryRemoved', locale)} ${tag(keysRemoved.has(entry.key) ? 'major' : 'minor', locale)}`);
  }
  for (const entry of diff.added) {
    const value = render(entry.value, locale);
    lines.push(`  + ${legalEntryName(entry)}: ${word('entryAdded', locale)}${value.length <= SHORT ? ` (${value})` : ''} ${tag('minor', locale)}`);
  }
  for (const change of diff.changed) {
    const parts = change.fields.map((field) => {
      const values = change[field]!;
      return field === 'note' ? `note ${word('reworded', locale)}` : `${field} ${beforeAfter(values.before, values.after, locale, word('changed', locale))}`;
    });
    lines.push(`  ~ ${legalEntryName(change)}: ${parts.join(', ')} ${tag(legalEntryChangeLevel(change), locale)}`);
  }
  lines.push(releaseLine(check, locale));
  for (const problem of check.problems) if (problem !== check.versionProblem) lines.push(`  ! ${problem}`);
  return lines;
}

/** The readable report of `rules diff`: one line per change, with the release each rule set needs and whether its version satisfies it. */
export function formatRulesDiffText(result: RulesDiffResult, locale: Locale): string {
  const blocks: string[][] = [[`${word('header', locale)}: ${result.a} → ${result.b}`]];
  if (result.ruleSets) {
    const { ruleSets, releases } = result.ruleSets;
    const unchanged: string[] = [];
    for (const diff of ruleSets) {
      const check = releases.find((candidate) => candidate.subject === diff.id);
      if (!hasRuleSetChanges(diff) && check?.problems.length === 0) {
        const version = diff.version.before === diff.version.after ? diff.version.after : `${diff.version.before} → ${diff.version.after}`;
        unchanged.push(`${word('ruleSet', locale)} ${diff.id} (${word('version', locale)} ${version}): ${word('noChanges', locale)}`);
      } else blocks.push(ruleSetLines(diff, check, locale));
    }
    if (unchanged.length > 0) blocks.push(unchanged);
    const addedOrRemoved: string[] = [];
    for (const added of result.ruleSets.ruleSetsAdded) {
      addedOrRemoved.push(`${word('ruleSet', locale)} ${added.id}: ${word('ruleSetAdded', locale)} (${word('version', locale)} ${added.version}, ${added.rules.length} ${word('rules', locale)}) ${tag('minor', locale)}`);
    }
    for (const removed of result.ruleSets.ruleSetsRemoved) {
      addedOrRemoved.push(`${word('ruleSet', locale)} ${removed.id}: ${word('ruleSetRemoved', locale)} (${word('version', locale)} ${removed.version}, ${removed.rules.length} ${word('rules', locale)}) ${tag('major', locale)}`);
    }
    if (addedOrRemoved.length > 0) blocks.push(addedOrRemoved);
    const moved = result.ruleSets.movedRules.map((rule) =>
      say(
        locale,
        `Quy tắc ${rule.id} chuyển từ ${rule.from} sang ${rule.to} (ghi là bỏ ở bộ cũ, thêm ở bộ mới)`,
        `Rule ${rule.id} moved from ${rule.from} to ${rule.to} (shown as removed there and added here)`,
      ),
    );
    if (moved.length > 0) blocks.push(moved);
  }
  if (result.legalData) blocks.push(legalLines(result.legalData, result.legalData.release, locale));
  if (result.notes.length > 0) blocks.push(result.notes);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

/** `khuyencong rules diff <a> <b>`: the text or JSON to print. Throws {@link RulesInputError} for bad input (exit 2). */
export async function rulesDiff(a: string, b: string, options: { locale: Locale; format: 'text' | 'json' }): Promise<string> {
  const [left, right] = [await loadRulesInput(a, options.locale), await loadRulesInput(b, options.locale)];
  const result = compareRulesInputs(left, right, options.locale);
  return options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatRulesDiffText(result, options.locale);
}
