// `npm run mutation [-- area…]`: runs StrykerJS on each area in turn (all by default) and prints
// the figures of each from its JSON report. `--list` names the areas; `--report` prints the
// figures of the last runs without running anything; `--force` tests every mutant again instead of
// reusing the incremental results (a mutant that runs at import time covers no single test, so
// StrykerJS reuses its old result even after the tests changed). See docs/testing.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutationAreas } from './mutation-areas.mjs';

const root = process.cwd();
const areas = mutationAreas(root);
const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const names = args.filter((arg) => !arg.startsWith('--'));

for (const flag of flags) {
  if (flag !== '--list' && flag !== '--report' && flag !== '--force') {
    console.error(`Unknown option ${flag}: use --list, --report, --force or area names`);
    process.exit(2);
  }
}
if (flags.has('--list')) {
  for (const area of areas) console.log(`${area.name}\n  mutate: ${area.mutate.join(', ')}\n  tests:  ${area.tests.join(', ')}`);
  process.exit(0);
}
const unknown = names.filter((name) => !areas.some((area) => area.name === name));
if (unknown.length > 0) {
  console.error(`Unknown area ${unknown.join(', ')}; the areas are: ${areas.map((area) => area.name).join(', ')}`);
  process.exit(2);
}
const chosen = names.length > 0 ? areas.filter((area) => names.includes(area.name)) : areas;

let failedRuns = 0;
if (!flags.has('--report')) {
  for (const area of chosen) {
    console.log(`\n=== mutation area ${area.name} ===`);
    const run = spawnSync('npx', ['stryker', 'run', ...(flags.has('--force') ? ['--force'] : [])], {
      stdio: 'inherit',
      env: { ...process.env, KHUYENCONG_MUTATION_AREA: area.name },
    });
    if (run.status !== 0) failedRuns += 1;
  }
}

/** The counts of one JSON report (mutation-testing-report-schema). */
function figures(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const count = { mutants: 0, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, static: 0, other: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      count.mutants += 1;
      if (mutant.static) count.static += 1;
      if (mutant.status in count) count[mutant.status] += 1;
      else count.other += 1;
    }
  }
  const valid = count.Killed + count.Timeout + count.Survived + count.NoCoverage;
  const percent = (part) => (valid === 0 ? '—' : `${((100 * part) / valid).toFixed(1)} %`);
  return { ...count, score: percent(count.Killed + count.Timeout), strict: percent(count.Killed) };
}

const rows = [['area', 'mutants', 'killed', 'timeout', 'survived', 'no coverage', 'ignored', 'errors', 'static', 'score', 'score, timeouts as survived']];
for (const area of chosen) {
  const reportPath = join(root, 'reports', 'mutation', `${area.name}.json`);
  if (!existsSync(reportPath)) {
    rows.push([area.name, 'not run', ...rows[0].slice(2).map(() => '')]);
    continue;
  }
  const f = figures(reportPath);
  rows.push([area.name, f.mutants, f.Killed, f.Timeout, f.Survived, f.NoCoverage, f.Ignored, f.other, f.static, f.score, f.strict].map(String));
}
console.log(`\n| ${rows[0].join(' | ')} |\n|${rows[0].map(() => '---').join('|')}|`);
for (const row of rows.slice(1)) console.log(`| ${row.join(' | ')} |`);
process.exit(failedRuns > 0 ? 1 : 0);
