/**
 * Re-evaluates every fixture dossier in test/fixtures/dossiers and rewrites
 * only the `statuses` of its `.expected.json` (description, asOf,
 * referenceDate and intent are kept as written). Prints the statuses that
 * changed, and a WARNING for every rule whose new status differs from the
 * fixture's hand-written `intent` — those need a decision: is the fixture
 * wrong, or the rule?
 *
 *   npx tsx scripts/update-fixtures.ts            # every fixture
 *   npx tsx scripts/update-fixtures.ts name …     # only these fixtures
 *
 * Exits with status 1 when a fixture cannot be evaluated (malformed dossier or
 * expected file); intent warnings alone do not change the exit status.
 */
import { createEvaluator } from '../src/index.js';
import {
  evaluateFixture,
  fixtureNames,
  intentMismatches,
  loadFixture,
  orphanExpectedFiles,
  statusesOf,
  writeExpected,
  type Status,
} from '../test/support/fixtures.js';

const evaluator = createEvaluator();
const all = fixtureNames();
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`No such fixture: ${unknown.join(', ')}`);
  process.exit(1);
}
const names = requested.length > 0 ? requested : all;

for (const orphan of orphanExpectedFiles()) console.warn(`WARNING ${orphan}.expected.json has no dossier ${orphan}.json`);

let errors = 0;
let warnings = 0;
let rewritten = 0;

function describeChange(before: Status | undefined, after: Status | undefined): string {
  return `${before ?? '(absent)'} -> ${after ?? '(absent)'}`;
}

for (const name of names) {
  let fixture;
  try {
    fixture = loadFixture(name);
  } catch (error) {
    errors += 1;
    console.error(`ERROR ${name}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  let statuses: Record<string, Status>;
  try {
    statuses = statusesOf(await evaluateFixture(evaluator, fixture));
  } catch (error) {
    errors += 1;
    console.error(`ERROR ${name}: cannot be evaluated: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }

  const before = fixture.expected.statuses;
  const changed = [...new Set([...Object.keys(before), ...Object.keys(statuses)])].filter((ruleId) => before[ruleId] !== statuses[ruleId]);
  if (changed.length > 0) {
    rewritten += 1;
    writeExpected(fixture.expectedPath, { ...fixture.expected, statuses });
    console.log(`${name}: ${changed.length} status(es) changed`);
    for (const ruleId of changed) console.log(`  ${ruleId}: ${describeChange(before[ruleId], statuses[ruleId])}`);
  } else {
    console.log(`${name}: unchanged`);
  }

  for (const { ruleId, intent, actual } of intentMismatches(fixture.expected.intent, statuses)) {
    warnings += 1;
    console.warn(`  WARNING ${name}: ${ruleId} is ${actual ?? '(no such rule)'}, but the fixture's intent is ${intent}`);
  }
}

console.log(`\n${names.length} fixture(s), ${rewritten} expected file(s) rewritten, ${warnings} intent warning(s), ${errors} error(s).`);
if (errors > 0) process.exit(1);
