import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { validateRuleSet } from '../../engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../facts/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { RuleSetError } from '../../schema/errors.js';
import type { LegalData } from '../../schema/legal-data.js';
import { parseLegalData } from '../../schema/parse-legal-data.js';
import { LESSON_IDS, type RuleSet } from '../../schema/rule-set.js';
import { RulesInputError } from './input-error.js';

/** What one side of `rules diff` holds: rule sets (with the file each came from) and/or the legal data. */
export interface RulesInput {
  path: string;
  ruleSets: { file: string; ruleSet: RuleSet }[];
  legalData?: { file: string; data: LegalData } | undefined;
}

/**
 * A rule-set file of a `rules/` folder is named after its lesson: `L5.json`,
 * or a copy such as `L5-old.json`. Only the folder's own files count: the
 * per-lesson source folders (`rules/L5/…`) hold single rules, not rule sets.
 */
const RULE_SET_FILE = new RegExp(`^(?:${LESSON_IDS.join('|')})(?:[^0-9].*)?\\.json$`);
const LEGAL_DATA_FILE = 'legal-data.json';

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

async function readJson(file: string, locale: Locale): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RulesInputError('diff.input.cannotReadFile', { file, reason: errorCode(error) }, locale);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RulesInputError('diff.input.notJson', { file, reason: error instanceof Error ? error.message : String(error) }, locale);
  }
}

function loadRuleSet(json: unknown, file: string, locale: Locale): RuleSet {
  try {
    return validateRuleSet(json, file, FACT_CATALOGUE);
  } catch (error) {
    if (error instanceof RuleSetError) throw new RulesInputError('diff.input.invalidRuleSet', { problem: error.message }, locale);
    throw error;
  }
}

function loadLegalData(json: unknown, file: string, locale: Locale): LegalData {
  const parsed = parseLegalData(json, locale);
  if (parsed.success) return parsed.data;
  const lines = parsed.issues.map((issue) => `  - ${issue.path}: ${issue.message}`);
  throw new RulesInputError('diff.input.invalidLegalData', { file, issues: parsed.issues }, locale, lines);
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

async function loadFile(path: string, locale: Locale): Promise<RulesInput> {
  const json = await readJson(path, locale);
  switch (kindOf(json)) {
    case 'rule-set':
      return { path, ruleSets: [{ file: path, ruleSet: loadRuleSet(json, path, locale) }] };
    case 'legal-data':
      return { path, ruleSets: [], legalData: { file: path, data: loadLegalData(json, path, locale) } };
    default:
      throw new RulesInputError('diff.input.unknownKind', { path }, locale);
  }
}

/** A path that cannot be read counts as no directory, so that reading it reports why. */
async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

async function loadDirectory(path: string, locale: Locale): Promise<RulesInput> {
  const input: RulesInput = { path, ruleSets: [] };
  const names = (await readdir(path)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names.filter((candidate) => RULE_SET_FILE.test(candidate))) {
    const file = join(path, name);
    if (!(await isDirectory(file))) input.ruleSets.push({ file, ruleSet: loadRuleSet(await readJson(file, locale), file, locale) });
  }
  if (names.includes(LEGAL_DATA_FILE)) {
    const file = join(path, LEGAL_DATA_FILE);
    input.legalData = { file, data: loadLegalData(await readJson(file, locale), file, locale) };
  }
  if (input.ruleSets.length === 0 && !input.legalData) {
    throw new RulesInputError('diff.input.emptyDirectory', { path, legalDataFile: LEGAL_DATA_FILE }, locale);
  }
  const seen = new Map<string, string>();
  for (const { file, ruleSet } of input.ruleSets) {
    const first = seen.get(ruleSet.id);
    if (first !== undefined) throw new RulesInputError('diff.input.duplicateRuleSet', { first, second: file, id: ruleSet.id }, locale);
    seen.set(ruleSet.id, file);
  }
  return input;
}

/**
 * Reads one side of `rules diff`: a rule-set file, a legal-data file, or a
 * directory holding lesson rule sets (`L1.json` …) and/or `legal-data.json`
 * (the `rules/` folder of a release). Every rule set is validated against the
 * fact catalogue and the legal data against its schema; a problem throws
 * {@link RulesInputError} naming the file, in `locale`.
 */
export async function loadRulesInput(path: string, locale: Locale): Promise<RulesInput> {
  let directory: boolean;
  try {
    directory = (await stat(path)).isDirectory();
  } catch (error) {
    throw new RulesInputError('diff.input.cannotReadPath', { path, reason: errorCode(error) }, locale);
  }
  return directory ? loadDirectory(path, locale) : loadFile(path, locale);
}
