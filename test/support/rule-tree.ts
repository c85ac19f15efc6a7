import { existsSync, readdirSync, readFileSync } from 'node:fs';
import {
  RULE_SET_HEADER,
  RULE_TEST_SUFFIX,
  repoPath,
  ruleChangelogFile,
  ruleDocFile,
  ruleSetTestFile,
  ruleSourceDir,
  ruleSourceFile,
  ruleTestDir,
  ruleTestFile,
  type LessonId,
} from '../../scripts/rule-layout.js';
import { RULE_FILES, statusesToCover, type RuleFileEntry } from './rule-cases.js';

/*
 * The tree check: like ESLint's build check that every rule has its docs and tests, every rule of
 * the bundled rule sets must have its JSON file, its test file (running its table of cases with
 * runRuleTable, which checks at run time that the table covers each status the rule can give and
 * runs in that file), its generated doc page and its changelog entry; and no rule file or rule
 * test may be left over for a rule that does not exist.
 */

type TreeRule = Pick<RuleFileEntry, 'id' | 'since' | 'applicability' | 'effectiveFrom' | 'effectiveTo' | 'requires' | 'messages'>;

/** The repository as the tree check sees it (a fake one in the check's own tests). */
export interface RuleTree {
  ruleSets: readonly { lesson: LessonId; rules: readonly TreeRule[] }[];
  /** The names of the entries in a folder; none when there is no such folder. */
  list(dir: string): readonly string[];
  /** A file's text; undefined when there is no such file. */
  read(path: string): string | undefined;
}

/** The repository itself, with the bundled rule sets as their files hold them. */
export function repositoryTree(): RuleTree {
  return {
    ruleSets: RULE_FILES,
    list: (dir) => (existsSync(repoPath(dir)) ? readdirSync(repoPath(dir)) : []),
    read: (path) => (existsSync(repoPath(path)) ? readFileSync(repoPath(path), 'utf8') : undefined),
  };
}

/** Whether the code (comments left out) calls runRuleTable. */
function callsRunRuleTable(code: string): boolean {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return /\brunRuleTable\(/.test(withoutComments);
}

const VERSION_HEADING = /^## (\d+)\.(\d+)\.(\d+)\b.*$/gm;

/** The changelog's entries by version, and its first release (the lowest version). */
function changelogEntries(text: string): { entries: Map<string, string>; first: string | undefined } {
  const headings = [...text.matchAll(VERSION_HEADING)];
  const entries = new Map<string, string>();
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.index ?? text.length;
    entries.set(`${heading[1]}.${heading[2]}.${heading[3]}`, text.slice(heading.index, end));
  });
  const byVersion = (a: RegExpMatchArray, b: RegExpMatchArray) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]);
  const [lowest] = [...headings].sort(byVersion);
  return { entries, first: lowest ? `${lowest[1]}.${lowest[2]}.${lowest[3]}` : undefined };
}

function ruleProblems(tree: RuleTree, lesson: LessonId, rule: TreeRule): string[] {
  const problems: string[] = [];
  const { id } = rule;
  const sourceFile = ruleSourceFile(lesson, id);
  if (tree.read(sourceFile) === undefined) problems.push(`${id}: its rule file ${sourceFile} is missing`);

  const testFile = ruleTestFile(lesson, id);
  const statuses = statusesToCover(rule).join(', ');
  const test = tree.read(testFile);
  if (test === undefined) {
    problems.push(`${id}: its test file ${testFile} is missing: a table of cases for ${statuses}, run by runRuleTable('${id}', cases)`);
  } else if (!callsRunRuleTable(test)) {
    problems.push(`${id}: ${testFile} does not run runRuleTable('${id}', cases), which checks the cases cover ${statuses}`);
  }

  const docFile = ruleDocFile(id);
  if (tree.read(docFile) === undefined) problems.push(`${id}: its doc page ${docFile} is missing: run \`npm run docs\``);
  return problems;
}

function changelogProblems(tree: RuleTree, lesson: LessonId, rules: readonly TreeRule[]): string[] {
  const file = ruleChangelogFile(lesson);
  const text = tree.read(file);
  if (text === undefined) return [`${lesson}: its changelog ${file} is missing`];
  const { entries, first } = changelogEntries(text);
  return rules.flatMap(({ id, since }) => {
    const entry = entries.get(since);
    if (entry === undefined) return [`${id}: ${file} has no "## ${since}" entry for the release that introduced it (its "since")`];
    // The first release introduces every rule of the set at once; later ones name each new rule.
    if (since !== first && !entry.includes(id)) return [`${id}: the "## ${since}" entry of ${file} does not name it; write \`${id}\` in the entry of the release that introduced it`];
    return [];
  });
}

function strayProblems(tree: RuleTree, lesson: LessonId, ruleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const sourceDir = ruleSourceDir(lesson);
  for (const name of tree.list(sourceDir)) {
    if (!name.endsWith('.json') || name === RULE_SET_HEADER) continue;
    const id = name.slice(0, -'.json'.length);
    if (!ruleIds.has(id)) problems.push(`${sourceDir}/${name}: rule set ${lesson} has no rule ${id}; list it in ${sourceDir}/${RULE_SET_HEADER} or delete the file`);
  }
  const testDir = ruleTestDir(lesson);
  const ruleSetTest = ruleSetTestFile(lesson).slice(testDir.length + 1);
  for (const name of tree.list(testDir)) {
    if (!name.endsWith(RULE_TEST_SUFFIX) || name === ruleSetTest) continue;
    const id = name.slice(0, -RULE_TEST_SUFFIX.length);
    if (!ruleIds.has(id)) {
      problems.push(`${testDir}/${name}: rule set ${lesson} has no rule ${id}; a test file there is named by the rule it tests (tests of the whole rule set go in ${ruleSetTestFile(lesson)})`);
    }
  }
  return problems;
}

/** Folders under rules/ and test/rules/ named like no lesson (a lesson not in LESSON_IDS, a typo). */
function strayFolders(tree: RuleTree, lessons: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [parent, allowed] of [['rules', ['changelog']], ['test/rules', []]] as const) {
    for (const name of tree.list(parent)) {
      const isFolder = !name.includes('.');
      if (isFolder && !lessons.includes(name) && !(allowed as readonly string[]).includes(name)) {
        problems.push(`${parent}/${name}/: no rule set has the lesson ${name}`);
      }
    }
  }
  return problems;
}

/** Everything missing or left over in the tree, each saying what and where; [] when the tree is complete. */
export function ruleTreeProblems(tree: RuleTree): string[] {
  const lessons = tree.ruleSets.map((ruleSet) => ruleSet.lesson);
  return [
    ...tree.ruleSets.flatMap(({ lesson, rules }) => [
      ...rules.flatMap((rule) => ruleProblems(tree, lesson, rule)),
      ...changelogProblems(tree, lesson, rules),
      ...strayProblems(tree, lesson, new Set(rules.map((rule) => rule.id))),
    ]),
    ...strayFolders(tree, lessons),
  ];
}
