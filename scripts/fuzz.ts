/*
 * `npm run fuzz`: the property suite's properties (test/properties/properties.ts) over 100,000
 * generated inputs or more, printing how many runs each had and what they gave. Exits 1 at the
 * first counterexample, printed with the seed and path that replay it.
 *
 *   npm run fuzz                      # 100,000 runs in all
 *   npm run fuzz -- --runs 1000000    # more
 *   npm run fuzz -- --seed 42         # replay a run
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { PROPERTIES, type Counts } from '../test/properties/properties.js';

/** Each property's share of the runs: most go to the typed outcome of any input. */
const SHARES: Record<keyof typeof PROPERTIES, number> = {
  'typed outcome of safeEvaluate': 0.6,
  'evaluate rejects only with documented errors': 0.2,
  'deterministic, input untouched, prototypes safe': 0.1,
  'any evaluator options': 0.1,
};

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const total = Number(values.runs);
if (!Number.isInteger(total) || total < 1) {
  console.error(`--runs must be a positive whole number, not ${values.runs}`);
  process.exit(2);
}
const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);

console.log(`fuzz: ${total.toLocaleString('en')} runs in all, seed ${seed}, node ${process.version}`);
let failed = false;
let done = 0;
const started = performance.now();
for (const [name, property] of Object.entries(PROPERTIES) as [keyof typeof PROPERTIES, (typeof PROPERTIES)[keyof typeof PROPERTIES]][]) {
  const numRuns = Math.max(1, Math.round(total * SHARES[name]));
  const counts: Counts = new Map();
  const begin = performance.now();
  const details = await fc.check(property(counts), { numRuns, seed, endOnFailure: true });
  const seconds = ((performance.now() - begin) / 1000).toFixed(1);
  done += details.numRuns;
  const outcomes = [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`).join(', ');
  console.log(`${details.failed ? 'FAIL' : 'ok  '}  ${name}: ${details.numRuns.toLocaleString('en')} runs in ${seconds} s (${outcomes})`);
  if (details.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(details));
    break;
  }
}
const elapsed = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${done.toLocaleString('en')} runs in ${elapsed} s, ${failed ? 'a counterexample found' : 'no counterexample'}`);
process.exit(failed ? 1 : 0);
