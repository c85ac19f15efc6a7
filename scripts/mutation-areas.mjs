// The parts `npm run mutation` tests one at a time (docs/testing.md), each with only the tests that
// reach it: Stryker reruns the selected tests for every mutant that runs at import time ("static"),
// so a narrow selection is what makes a run take minutes instead of hours.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FACT_NAME = /name: '(\w+)'/g;
const WORD = /\w+/g;
/** A fact named in a test, as in `factRun('beneficiaryCount', …)`. */
const QUOTED_WORD = /'\w+'/g;
/** Unit tests of a topic that are not named after it. */
const EXTRA_TESTS = {
  legal: ['test/facts/provinces-legal.test.ts', 'test/facts/local-norms.test.ts', 'test/legal/**/*.test.ts'],
};

function filesUnder(directory, extension) {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

/**
 * The unit tests of a topic's facts: its own test file and every other fact test that names one of
 * its facts (`beneficiaryCount`, a core fact, is tested with the beneficiaries).
 */
function factTestsNaming(root, topic, factNames) {
  const directory = join(root, 'test', 'facts');
  return readdirSync(directory)
    .filter((entry) => entry.endsWith('.test.ts'))
    .filter((entry) => {
      if (entry === `${topic}.test.ts`) return true;
      const quoted = new Set(readFileSync(join(directory, entry), 'utf8').match(QUOTED_WORD));
      return [...factNames].some((name) => quoted.has(`'${name}'`));
    })
    .sort()
    .map((entry) => `test/facts/${entry}`);
}

function unique(list) {
  return [...new Set(list)];
}

/** The lessons (L1…L5) whose rule files name any of the given facts. */
function lessonsUsing(root, factNames) {
  const lessons = new Set();
  for (const lesson of ['L1', 'L2', 'L3', 'L4', 'L5']) {
    for (const file of filesUnder(join(root, 'rules', lesson), '.json')) {
      const words = new Set(readFileSync(file, 'utf8').match(WORD));
      if ([...factNames].some((name) => words.has(name))) lessons.add(lesson);
    }
  }
  return [...lessons];
}

/**
 * The mutation areas: scoring, the engine's operators and judgement, each topic folder of
 * `src/facts` (tested by its unit tests, the rule tests of every lesson that names one of its facts,
 * and the test of every fact's declared kind) and the shared fact plumbing (with the generated-docs test).
 * @param {string} root the project root
 * @returns {{ name: string, mutate: string[], tests: string[] }[]}
 */
export function mutationAreas(root) {
  const areas = [
    { name: 'scoring', mutate: ['src/scoring/**/*.ts'], tests: ['test/scoring/**/*.test.ts'] },
    {
      name: 'engine',
      mutate: ['src/engine/operators.ts', 'src/engine/decided.ts', 'src/engine/judge.ts'],
      tests: ['test/engine/**/*.test.ts'],
    },
  ];
  const factsRoot = join(root, 'src', 'facts');
  const topics = readdirSync(factsRoot).filter((entry) => statSync(join(factsRoot, entry)).isDirectory()).sort();
  for (const topic of topics) {
    const factNames = new Set();
    for (const file of filesUnder(join(factsRoot, topic), '.ts')) {
      for (const match of readFileSync(file, 'utf8').matchAll(FACT_NAME)) factNames.add(match[1]);
    }
    areas.push({
      name: `facts-${topic}`,
      mutate: [`src/facts/${topic}/**/*.ts`],
      tests: unique([
        ...factTestsNaming(root, topic, factNames),
        ...(EXTRA_TESTS[topic] ?? []),
        ...lessonsUsing(root, factNames).map((lesson) => `test/rules/${lesson}/**/*.test.ts`),
        // Every fact's declared kind (`returns`) is checked against its values there.
        'test/facts/value-kinds.test.ts',
      ]),
    });
  }
  areas.push({
    name: 'facts-shared',
    mutate: ['src/facts/*.ts'],
    tests: ['test/facts/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/docs/generated-docs.test.ts'],
  });
  return areas;
}
