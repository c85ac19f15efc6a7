import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, serialise } from './json-schemas.js';

const directory = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(directory, { recursive: true });
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(`${directory}${file}`, serialise(schema));
  console.log(`schemas/${file}`);
}
