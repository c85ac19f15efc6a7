import { defineConfig, type Options } from 'tsup';

const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  diff: 'src/diff/index.ts',
  'shims/jsonpath-plus': 'src/shims/jsonpath-plus.ts',
  'shims/eventemitter2': 'src/shims/eventemitter2.ts',
};

const common: Options = {
  target: 'es2022',
  treeshake: true,
  // Keep Vietnamese text readable (and smaller) instead of \u-escaping it.
  esbuildOptions: (options) => {
    options.charset = 'utf8';
  },
};

export default defineConfig([
  {
    // ESM: the browser-safe library entries and, sharing their chunks, the Node-only command line
    // (its hashbang comes from src/cli/bin.ts). The library code imports no Node built-ins; the
    // CLI's node: imports stay external, as every dependency does.
    ...common,
    entry: { ...LIBRARY_ENTRIES, cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    splitting: true,
    dts: { entry: LIBRARY_ENTRIES },
  },
  {
    // CJS for require() users: the library entries only.
    ...common,
    entry: LIBRARY_ENTRIES,
    format: ['cjs'],
    platform: 'neutral',
    dts: { entry: LIBRARY_ENTRIES },
  },
]);
