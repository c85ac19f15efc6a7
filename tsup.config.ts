import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe, ESM and CJS, with declarations.
    entry: {
      index: 'src/index.ts',
      diff: 'src/diff/index.ts',
      'shims/jsonpath-plus': 'src/shims/jsonpath-plus.ts',
      'shims/eventemitter2': 'src/shims/eventemitter2.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
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
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
]);
