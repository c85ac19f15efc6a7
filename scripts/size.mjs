// The size a browser app pays for khuyencong: the built library entry, with its dependencies and
// the bundled rule sets, minified and gzipped by esbuild as an app bundler would.
// Usage: node scripts/size.mjs [--budget-kb N]   (after `npm run build`; exits 1 over budget)
// The budget is 115 KB gzipped, a guard against growth, not the target: the 42 rules' Vietnamese and
// English texts (with the messages of incomplete findings) are the largest part, and the legal data (with the provinces by date and every entry's
// source and note) about 9 KB. The 50 KB target needs the runtime copy of rules and legal data
// stripped of documentation and English split into its own import (see the README's "Size").
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { 'budget-kb': { type: 'string', default: '115' } } });
const budget = Number(values['budget-kb']) * 1024;
const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));

// What the README tells hosts to alias: json-rules-engine's JSONPath and event emitter are not used.
const SHIMS = { 'jsonpath-plus': dist('shims/jsonpath-plus.js'), eventemitter2: dist('shims/eventemitter2.js') };

async function measure(alias) {
  const result = await build({
    entryPoints: [dist('index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias,
    // Keep Vietnamese text as UTF-8, as Vite and Rollup emit it, instead of \u-escaping it.
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const byPackage = {};
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const name = path.includes('node_modules/') ? path.split('node_modules/').pop().split('/').slice(0, path.includes('node_modules/@') ? 2 : 1).join('/') : 'khuyencong';
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, byPackage };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const plain = await measure({});
const shimmed = await measure(SHIMS);
console.log('khuyencong browser bundle (library entry + dependencies + bundled rule sets), minified / gzipped:');
console.log(`  as is:                                      ${kb(plain.minified).padStart(9)} / ${kb(plain.gzipped)}`);
console.log(`  with the jsonpath-plus and eventemitter2 shims: ${kb(shimmed.minified).padStart(9)} / ${kb(shimmed.gzipped)}  (budget ${kb(budget)})`);
console.log('  minified bytes by package (with shims):');
for (const [name, bytes] of Object.entries(shimmed.byPackage).sort((a, b) => b[1] - a[1])) console.log(`    ${name.padEnd(20)} ${kb(bytes)}`);
if (shimmed.gzipped > budget) {
  console.error(`over budget: ${kb(shimmed.gzipped)} gzipped > ${kb(budget)}`);
  process.exit(1);
}
