import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFactsDoc } from './facts-doc.js';

const target = fileURLToPath(new URL('../docs/facts.md', import.meta.url));
writeFileSync(target, buildFactsDoc());
console.log('docs/facts.md');
