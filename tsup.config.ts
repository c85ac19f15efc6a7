import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe, ESM and CJS, with declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // Keep Vietnamese text readable (and smaller) instead of \u-escaping it.
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
  {
    // The command line: Node only, on its own entry so the library never imports node: modules.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
]);
