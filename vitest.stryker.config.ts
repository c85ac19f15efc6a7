import { defineConfig } from 'vitest/config';

/** Every test folder that can reach mutated code, for a run of all areas at once. */
const ALL_AREAS = ['test/scoring/**/*.test.ts', 'test/engine/**/*.test.ts', 'test/facts/**/*.test.ts', 'test/rules/**/*.test.ts'];

/**
 * The vitest run Stryker uses (`npm run mutation`): the tests of the area under mutation, which
 * stryker.config.mjs passes in KHUYENCONG_MUTATION_TESTS (scripts/mutation-areas.mjs). The browser,
 * CLI, docs and package tests never reach a mutant.
 */
function selectedTests(): string[] {
  const passed = process.env.KHUYENCONG_MUTATION_TESTS;
  if (passed === undefined) return ALL_AREAS;
  const parsed: unknown = JSON.parse(passed);
  if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
    throw new Error('KHUYENCONG_MUTATION_TESTS must be a JSON list of test globs');
  }
  return parsed;
}

export default defineConfig({ test: { include: selectedTests(), environment: 'node' } });
