// The demo behind `npm run demo`: evaluates the bundled example dossiers with the built library,
// the way a host script would (one evaluator, reused).
import { readFileSync } from 'node:fs';
import { createEvaluator, formatReportText } from '../dist/index.js';

const examples = [
  { file: 'dossier-example.json', asOf: '2024-12-01', note: 'a completed 2024 national project (the spec example)' },
  { file: 'weak-draft.json', asOf: '2026-04-01', note: 'a thin local draft proposal, submitted after the 2025 reforms' },
];

const locale = process.argv.includes('--en') ? 'en' : 'vi';
const evaluator = createEvaluator({ locale });
for (const { file, asOf, note } of examples) {
  const dossier = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const report = await evaluator.evaluate(dossier, { asOf });
  console.log(`\n━━━ examples/${file} — ${note} ━━━\n`);
  console.log(formatReportText(report));
}
