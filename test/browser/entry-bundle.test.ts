// The library entry is browser-safe: bundled for the browser, nothing it reaches (its own code,
// its dependencies, their dependencies) imports a Node built-in.
import { build, type Plugin } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0] ?? name]));

/** Fails the build on any import of a Node core module, `node:` prefixed or not, and names the importer. */
const forbidNodeBuiltins: Plugin = {
  name: 'forbid-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.startsWith('node:') ? args.path.slice('node:'.length) : args.path;
      if (!args.path.startsWith('node:') && !NODE_BUILTINS.has(bare.split('/')[0] ?? bare)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || '(entry)'}` }] };
    });
  },
};

/** What the library's docs tell hosts to alias in a browser bundle. */
const SHIMS = {
  'jsonpath-plus': root('src/shims/jsonpath-plus.ts'),
  eventemitter2: root('src/shims/eventemitter2.ts'),
};

async function bundleEntry(alias: Record<string, string>) {
  return build({
    entryPoints: [root('src/index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    alias,
    plugins: [forbidNodeBuiltins],
    metafile: true,
    logLevel: 'silent',
  });
}

describe('the library entry in a browser bundle', () => {
  it('the guard itself catches Node built-ins', async () => {
    await expect(
      build({
        stdin: { contents: "import { readFileSync } from 'fs'; import { join } from 'node:path'; console.log(readFileSync, join);", resolveDir: root('.') },
        bundle: true,
        write: false,
        platform: 'browser',
        plugins: [forbidNodeBuiltins],
        logLevel: 'silent',
      }),
    ).rejects.toThrow(/Node built-in "fs"[\s\S]*Node built-in "node:path"/);
  });

  it('bundles for platform browser with no Node built-in, as is', async () => {
    const result = await bundleEntry({});
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('node_modules/json-rules-engine/'))).toBe(true);
    expect(inputs.filter((path) => path.startsWith('src/cli/'))).toEqual([]);
  });

  it('bundles with the jsonpath-plus and eventemitter2 shims, which then replace those packages', async () => {
    const result = await bundleEntry(SHIMS);
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/shims/jsonpath-plus.ts');
    expect(inputs).toContain('src/shims/eventemitter2.ts');
    expect(inputs.filter((path) => /node_modules\/(jsonpath-plus|eventemitter2)\//.test(path))).toEqual([]);
  });

  // json-rules-engine is compiled to ES5: its Engine and Rule extend the event emitter with
  // `EventEmitter2.call(this)`, so a shim must be callable that way, not only constructible.
  it.each([
    ['as is', {}],
    ['with the shims', SHIMS],
  ])('the bundle, %s, evaluates the example dossier', async (_, alias) => {
    const result = await bundleEntry(alias);
    const dir = await mkdtemp(join(tmpdir(), 'khuyencong-bundle-'));
    try {
      const file = join(dir, 'khuyencong.mjs');
      await writeFile(file, result.outputFiles[0]!.contents);
      const bundled = (await import(pathToFileURL(file).href)) as typeof import('../../src/index.js');
      const dossier = JSON.parse(await readFile(root('examples/dossier-example.json'), 'utf8')) as unknown;
      const report = await bundled.createEvaluator().evaluate(dossier, { asOf: '2024-12-01' });
      expect([report.score, report.verdict]).toEqual([99, 'needs-work']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
