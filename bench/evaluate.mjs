// Benchmark: median time per evaluate() of the bundled example dossier.
// Not a test: machines are shared and noisy, so compare figures printed side by side in one run.
// Usage: npm run bench [-- --iterations 2000]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createEvaluator } from '../dist/index.js';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '1000' } } });
const iterations = Number(values.iterations);
const dossier = JSON.parse(readFileSync(new URL('../examples/dossier-example.json', import.meta.url), 'utf8'));
const options = { asOf: '2024-12-01' };

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0] };
}

async function measure(label, count, once) {
  for (let i = 0; i < Math.min(50, count); i += 1) await once(); // warm-up
  const samples = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await once();
    samples.push((performance.now() - start) * 1000);
  }
  const { median, p90, min } = summarise(samples);
  console.log(`${label.padEnd(44)} median ${median.toFixed(0).padStart(7)} µs   p90 ${p90.toFixed(0).padStart(7)} µs   min ${min.toFixed(0).padStart(7)} µs   (n=${count})`);
  return median;
}

const reused = createEvaluator();
console.log(`khuyencong evaluate() benchmark — node ${process.version}, ${iterations} iterations`);
const reusedMedian = await measure('evaluate, reused evaluator', iterations, () => reused.evaluate(dossier, options));
const freshMedian = await measure('evaluate, new evaluator per call', Math.max(20, Math.floor(iterations / 10)), () =>
  createEvaluator().evaluate(dossier, options),
);
const concurrent = 20;
const batchMedian = await measure(`${concurrent} concurrent evaluations, reused`, Math.max(20, Math.floor(iterations / 20)), () =>
  Promise.all(Array.from({ length: concurrent }, () => reused.evaluate(dossier, options))),
);
console.log(`\nbaseline: ${reusedMedian.toFixed(0)} µs per evaluate with a reused evaluator`);
console.log(`building an evaluator per call costs ${(freshMedian / reusedMedian).toFixed(1)}× as much`);
console.log(`throughput under concurrency: ${(batchMedian / concurrent).toFixed(0)} µs per evaluate`);
