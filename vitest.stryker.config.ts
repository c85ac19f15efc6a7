import { defineConfig } from 'vitest/config';

/**
 * The vitest run Stryker uses (`npm run mutation`): only the test folders that exercise the mutated
 * code (scoring, the engine's operators and judgement, the facts, and the rule tables that drive
 * the facts through real rule sets). The browser, CLI, docs and package tests never reach a mutant.
 */
export default defineConfig({
  test: {
    include: [
      'test/scoring/**/*.test.ts',
      'test/engine/**/*.test.ts',
      'test/facts/**/*.test.ts',
      'test/rules/**/*.test.ts',
    ],
    environment: 'node',
  },
});
