import { readdirSync, readFileSync } from 'node:fs';
import { LESSON_IDS, RULE_SET_HEADER, repoPath, ruleSetFile, ruleSourceDir, type LessonId } from './rule-layout.js';
import { SOURCE_SCHEMA_REFERENCES } from './rule-source-schemas.js';

/*
 * A rule set is written as one small file per rule (rules/L5/L5-market-prices.json) and a
 * header (rules/L5/rule-set.json: the rule set's own fields, and under "rules" the rule ids in
 * order). The shipped rule set rules/L5.json is assembled from them: the header as
 * JSON.stringify writes it, then each rule's own text, re-indented, in the header's order. The
 * rule texts are kept as written (hand-formatted, some arrays inline), so the assembled file is
 * exactly what the authors wrote and a rule's edit is a small diff in both places. Each source
 * names its own JSON Schema for editors ("$schema" on its first line); the assembled file names
 * the rule-set schema instead.
 */

/** What a rule set is assembled from, as read from its folder (or built by a test). */
export interface RuleSetSources {
  /** The folder, relative to the repository root, used to name files in errors: rules/L5. */
  dir: string;
  /** The text of the header, rule-set.json. */
  header: string;
  /** The text of each rule file, by file name (L5-market-prices.json). */
  rules: ReadonlyMap<string, string>;
}

/** Sources that cannot be assembled; the message names every faulty file and what to fix. */
export class RuleSourceError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'RuleSourceError';
  }
}

const RULE_INDENT = '    ';
/** A rule file's "$schema", which the assembled rule set does not carry: on the line after the opening brace. */
const RULE_SCHEMA_LINE = /^\{\n {2}"\$schema": "[^"\n]*",\n/;
const JSON_FILE = /\.json$/;

function parseJson(file: string, text: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${file} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The header's fields but the rule order, and the order itself; problems go to `problems`. */
function readHeader(sources: RuleSetSources, problems: string[]): { fields: Record<string, unknown>; order: string[] } | undefined {
  const file = `${sources.dir}/${RULE_SET_HEADER}`;
  const header = parseJson(file, sources.header, problems);
  if (header === undefined) return undefined;
  if (!isRecord(header) || !Array.isArray(header.rules) || !header.rules.every((id) => typeof id === 'string')) {
    problems.push(`${file} must be an object whose "rules" lists the rule ids in order`);
    return undefined;
  }
  // The header's "$schema" is the editor's, relative to the folder; the assembled file names its own.
  const { rules: order, $schema: _editorSchema, ...ownFields } = header;
  const fields = { $schema: SOURCE_SCHEMA_REFERENCES.assembled, ...ownFields };
  const seen = new Set<string>();
  for (const id of order as string[]) {
    if (seen.has(id)) problems.push(`${file} lists ${id} more than once in "rules"`);
    seen.add(id);
  }
  return { fields, order: order as string[] };
}

/** The rule's text, checked to be one JSON object whose id is its file name. */
function readRule(dir: string, fileName: string, text: string, problems: string[]): string | undefined {
  const file = `${dir}/${fileName}`;
  const normalised = text.replace(/\r\n/g, '\n').trimEnd();
  const rule = parseJson(file, normalised, problems);
  if (rule === undefined) return undefined;
  const expectedId = fileName.replace(JSON_FILE, '');
  if (!isRecord(rule)) {
    problems.push(`${file} must hold one rule, a JSON object`);
    return undefined;
  }
  if (rule.id !== expectedId) {
    problems.push(`${file} holds the rule ${JSON.stringify(rule.id)}: a rule file is named by its rule's id, so its id must be "${expectedId}" (or the file renamed)`);
    return undefined;
  }
  if (!Object.hasOwn(rule, '$schema')) return normalised;
  if (!RULE_SCHEMA_LINE.test(normalised)) {
    problems.push(`${file}: "$schema" must be the first field, on its own line, two spaces in: {\n  "$schema": "${SOURCE_SCHEMA_REFERENCES.rule}",`);
    return undefined;
  }
  return normalised.replace(RULE_SCHEMA_LINE, '{\n');
}

/** The assembled rule-set text, byte for byte what rules/<lesson>.json must hold. Throws RuleSourceError. */
export function assembleRuleSet(sources: RuleSetSources): string {
  const problems: string[] = [];
  const header = readHeader(sources, problems);
  const texts = new Map<string, string>();
  for (const [fileName, text] of [...sources.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!JSON_FILE.test(fileName) || fileName === RULE_SET_HEADER) continue;
    const ruleText = readRule(sources.dir, fileName, text, problems);
    if (ruleText !== undefined) texts.set(fileName.replace(JSON_FILE, ''), ruleText);
  }
  if (header) {
    const headerFile = `${sources.dir}/${RULE_SET_HEADER}`;
    for (const id of header.order) {
      if (!sources.rules.has(`${id}.json`)) problems.push(`${headerFile} lists ${id}, but ${sources.dir}/${id}.json does not exist`);
    }
    for (const fileName of sources.rules.keys()) {
      const id = fileName.replace(JSON_FILE, '');
      if (JSON_FILE.test(fileName) && fileName !== RULE_SET_HEADER && !header.order.includes(id)) {
        problems.push(`${sources.dir}/${fileName} is not listed in the "rules" of ${headerFile}: add "${id}" where it belongs in the order, or delete the file`);
      }
    }
  }
  if (problems.length > 0 || !header) throw new RuleSourceError(problems);

  const opening = JSON.stringify(header.fields, null, 2).replace(/\n\}$/, '');
  const rules = header.order.map((id) => indent(texts.get(id)!));
  return `${opening},\n  "rules": [\n${rules.join(',\n')}\n  ]\n}\n`;
}

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : RULE_INDENT + line))
    .join('\n');

/** A lesson's sources as they are in the repository. */
export function readRuleSetSources(lesson: LessonId): RuleSetSources {
  const dir = ruleSourceDir(lesson);
  const rules = new Map<string, string>();
  let header = '';
  for (const fileName of readdirSync(repoPath(dir))) {
    if (!JSON_FILE.test(fileName)) continue;
    const text = readFileSync(repoPath(`${dir}/${fileName}`), 'utf8');
    if (fileName === RULE_SET_HEADER) header = text;
    else rules.set(fileName, text);
  }
  if (header === '') throw new RuleSourceError([`${dir}/${RULE_SET_HEADER} does not exist: each rule set folder needs its header`]);
  return { dir, header, rules };
}

/** Every bundled rule set, assembled in memory from its sources: file (rules/L5.json) and text. */
export function assembleBundledRuleSets(): { lesson: LessonId; file: string; text: string }[] {
  return LESSON_IDS.map((lesson) => ({ lesson, file: ruleSetFile(lesson), text: assembleRuleSet(readRuleSetSources(lesson)) }));
}
