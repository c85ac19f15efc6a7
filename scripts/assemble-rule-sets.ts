import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { repoPath } from './rule-layout.js';
import { assembleBundledRuleSets, RuleSourceError } from './rule-sources.js';

// Usage: npm run rules             (write rules/L1.json … from rules/L1/ …)
//        npm run rules -- --check  (write nothing; exit 1 when a rule set is not up to date)
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

let ruleSets: ReturnType<typeof assembleBundledRuleSets>;
try {
  ruleSets = assembleBundledRuleSets();
} catch (error) {
  if (!(error instanceof RuleSourceError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let stale = 0;
for (const { file, text } of ruleSets) {
  const current = readFileSync(repoPath(file), 'utf8');
  if (current === text) {
    console.log(`${file}: up to date`);
    continue;
  }
  stale += 1;
  if (values.check) {
    console.error(`${file}: not up to date with its rule files; run \`npm run rules\``);
  } else {
    writeFileSync(repoPath(file), text);
    console.log(`${file}: assembled`);
  }
}
if (values.check && stale > 0) process.exit(1);
