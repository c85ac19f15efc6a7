import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Limits catch a hang; they never measure speed. The suite runs on loaded 2-core machines, where
    // a test that takes 1 s alone can take 10 s or more, so no test may need to finish in 5 s (vitest's
    // default). Process-spawning and browser tests set their own, longer limits.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
