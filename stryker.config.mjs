// Mutation testing (`npm run mutation`, scripts/mutation.mjs): not part of `npm test` or CI, it takes
// too long. One area at a time (KHUYENCONG_MUTATION_AREA, see scripts/mutation-areas.mjs), each with
// only the tests that reach it. docs/testing.md has the figures of the last run.
import { mutationAreas } from './scripts/mutation-areas.mjs';

const areaName = process.env.KHUYENCONG_MUTATION_AREA;
const areas = mutationAreas(process.cwd());
const area = areas.find((candidate) => candidate.name === areaName);
if (areaName !== undefined && area === undefined) {
  throw new Error(`Unknown mutation area "${areaName}"; the areas are: ${areas.map((known) => known.name).join(', ')}`);
}
const selected = area ?? {
  name: 'all',
  mutate: [...new Set(areas.flatMap((known) => known.mutate))],
  tests: [...new Set(areas.flatMap((known) => known.tests))],
};
// Read by vitest.stryker.config.ts in Stryker's test-runner processes, which inherit this environment.
process.env.KHUYENCONG_MUTATION_TESTS = JSON.stringify(selected.tests);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  checkers: [],
  plugins: ['@stryker-mutator/*', './scripts/stryker-ignorers.mjs'],
  ignorers: ['fact-descriptions'],
  mutate: selected.mutate,
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${selected.name}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${selected.name}.html` },
  jsonReporter: { fileName: `reports/mutation/${selected.name}.json` },
  clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
  // A loaded 2-core machine: generous per-mutant timeouts so a slow run is not counted as a kill.
  timeoutMS: 30000,
  timeoutFactor: 3,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
