// Mutation testing (`npm run mutation`): not part of `npm test` or CI, it takes too long.
// See docs/testing.md for how to run it by parts and the figures of the last run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  checkers: [],
  mutate: [
    'src/scoring/**/*.ts',
    'src/engine/operators.ts',
    'src/engine/judge.ts',
    'src/engine/decided.ts',
    'src/facts/**/*.ts',
  ],
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  // A loaded 2-core machine: generous per-mutant timeouts so a slow run is not counted as a kill.
  timeoutMS: 30000,
  timeoutFactor: 3,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
