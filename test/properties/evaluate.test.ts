import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES, type Counts } from './properties.js';

// A few thousand runs in all in `npm test`; `npm run fuzz` runs 100,000 and more.
const RUNS: Record<keyof typeof PROPERTIES, number> = {
  'typed outcome of safeEvaluate': 1500,
  'evaluate rejects only with documented errors': 500,
  'deterministic, input untouched, prototypes safe': 300,
  'any evaluator options': 200,
};

describe('properties over generated dossiers and options (fast-check)', () => {
  for (const [name, property] of Object.entries(PROPERTIES) as [keyof typeof PROPERTIES, (typeof PROPERTIES)[keyof typeof PROPERTIES]][]) {
    // A generous limit: the runs are counted, not timed, and the machine may be loaded.
    it(name, { timeout: 600_000 }, async () => {
      const counts: Counts = new Map();
      await fc.assert(property(counts), { numRuns: RUNS[name] });
    });
  }
});
