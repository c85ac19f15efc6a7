import { fileURLToPath } from 'node:url';
import { LESSON_IDS, type LessonId } from '../src/schema/rule-set.js';

/*
 * Where each lesson's rules, their tests, docs and changelog live in the repository: the one
 * place that knows the layout, with the lessons taken from LESSON_IDS, so scripts and tests
 * derive every path instead of listing L1…L5 again. Paths are relative to the repository root.
 */

export { LESSON_IDS, type LessonId };

/** The assembled rule set, the file the library bundles and the package exports. */
export const ruleSetFile = (lesson: LessonId): string => `rules/${lesson}.json`;

/** Every assembled rule set, in lesson order. */
export const RULE_SET_FILES: readonly string[] = LESSON_IDS.map(ruleSetFile);

/** The folder a rule set is assembled from: its header and one file per rule. */
export const ruleSourceDir = (lesson: LessonId): string => `rules/${lesson}`;

/** The name of the header inside a source folder: the rule set's own fields and the rule order. */
export const RULE_SET_HEADER = 'rule-set.json';

export const ruleSetHeaderFile = (lesson: LessonId): string => `${ruleSourceDir(lesson)}/${RULE_SET_HEADER}`;

export const ruleSourceFile = (lesson: LessonId, ruleId: string): string => `${ruleSourceDir(lesson)}/${ruleId}.json`;

/** The folder of a lesson's rule tests: one test file per rule, named by its id. */
export const ruleTestDir = (lesson: LessonId): string => `test/rules/${lesson}`;

export const RULE_TEST_SUFFIX = '.test.ts';

export const ruleTestFile = (lesson: LessonId, ruleId: string): string => `${ruleTestDir(lesson)}/${ruleId}${RULE_TEST_SUFFIX}`;

/** The tests of a lesson's rule set as a whole (not of one rule). */
export const ruleSetTestFile = (lesson: LessonId): string => `${ruleTestDir(lesson)}/rule-set${RULE_TEST_SUFFIX}`;

/** The generated page of a rule (`npm run docs`). */
export const ruleDocFile = (ruleId: string): string => `docs/rules/${ruleId}.md`;

export const ruleChangelogFile = (lesson: LessonId): string => `rules/changelog/${lesson}.md`;

/** The absolute path of a repository path. */
export const repoPath = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
