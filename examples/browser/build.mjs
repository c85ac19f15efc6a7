// Builds the browser example: bundles main.ts (and, through it, the library's own sources) with
// esbuild into dist/main.js, the way a host app's bundler would.
//
//   node examples/browser/build.mjs           build once
//   node examples/browser/build.mjs --serve   rebuild on change and serve the page on http://127.0.0.1:8000
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** The page's folder: index.html, style.css and dist/. */
export const pageDir = here('.');
/** The bundle index.html loads. */
export const outfile = here('dist/main.js');

/** The esbuild options of the page's bundle. */
export function buildOptions({ minify = true } = {}) {
  return {
    entryPoints: [here('main.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: 'linked',
    // Keep Vietnamese text readable (and smaller) instead of \u-escaping it.
    charset: 'utf8',
    alias: {
      // The page imports the library by its package name, exactly as a host app does; here the
      // name points at the sources, so the page always shows the working tree.
      khuyencong: here('../../src/index.ts'),
      // The shims the library ships for browser bundles: json-rules-engine's JSONPath and
      // event emitter are never used by khuyencong.
      'jsonpath-plus': here('../../src/shims/jsonpath-plus.ts'),
      eventemitter2: here('../../src/shims/eventemitter2.ts'),
    },
    metafile: true,
    logLevel: 'silent',
  };
}

/**
 * Builds dist/main.js (and its source map). Resolves with the bundle's path and size;
 * rejects with esbuild's errors when the build fails.
 */
export async function build(options = {}) {
  const result = await esbuild.build(buildOptions(options));
  const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs).find((path) => path.endsWith('main.js'))].bytes;
  return { outfile, bytes, warnings: result.warnings };
}

async function serve(port) {
  const context = await esbuild.context({ ...buildOptions({ minify: false }), logLevel: 'info' });
  await context.watch();
  const { hosts, port: actualPort } = await context.serve({ servedir: pageDir, host: '127.0.0.1', port });
  console.log(`khuyencong browser example: http://${hosts[0] ?? '127.0.0.1'}:${actualPort}/  (Ctrl+C to stop)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8000;
  if (process.argv.includes('--serve')) {
    await serve(port);
  } else {
    const { bytes, warnings } = await build();
    for (const warning of warnings) console.warn(`warning: ${warning.text}`);
    console.log(`built ${outfile} (${(bytes / 1024).toFixed(1)} KB)`);
  }
}
