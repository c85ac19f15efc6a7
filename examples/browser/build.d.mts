/** Types of build.mjs, for the tests that import it. */
import type { BuildOptions, Message } from 'esbuild';

export declare const pageDir: string;
export declare const outfile: string;
export declare function buildOptions(options?: { minify?: boolean }): BuildOptions;
export declare function build(options?: { minify?: boolean }): Promise<{ outfile: string; bytes: number; warnings: Message[] }>;
