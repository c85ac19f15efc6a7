import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFactsDoc } from './facts-doc.js';
import { writeRealWorldDoc } from './real-world-doc.js';
import { buildRuleDocs } from './rule-docs.js';
import { writeVersioningDoc } from './versioning-doc.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
writeFileSync(`${docs}facts.md`, buildFactsDoc());
console.log('docs/facts.md');

const rulesDir = `${docs}rules/`;
mkdirSync(rulesDir, { recursive: true });
const pages = buildRuleDocs();
// A page whose rule no longer exists must go too, or the docs would describe a rule the library lacks.
for (const file of readdirSync(rulesDir)) if (!pages.has(file)) rmSync(`${rulesDir}${file}`);
for (const [file, content] of pages) writeFileSync(`${rulesDir}${file}`, content);
console.log(`docs/rules/ (${pages.size} pages)`);

writeVersioningDoc();
console.log('docs/versioning.md (policy table)');

await writeRealWorldDoc();
console.log('docs/real-world.md (scores and findings)');
