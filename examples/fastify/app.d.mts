// Types of app.mjs, so TypeScript callers (and the test) get checked.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
// In a host app this is `import type * as Khuyencong from 'khuyencong'`; inside the repository the
// sources stand in, so type-checking needs no built dist/.
import type * as Khuyencong from '../../src/index.js';

/** The `khuyencong` module. */
export type KhuyencongModule = typeof Khuyencong;

export interface BuildAppOptions {
  /** The khuyencong module; default `await import('khuyencong')` (the built package). */
  library?: KhuyencongModule;
  /** Passed to `createEvaluator`: parameters, scoring, rule sets, legal data… */
  evaluatorOptions?: Khuyencong.EvaluatorOptions;
  /** The largest request body, in bytes; default {@link DEFAULT_BODY_LIMIT} (1 MB). */
  bodyLimit?: number;
  /** Fastify's logger option; default off. */
  logger?: FastifyServerOptions['logger'];
}

/** 1 MB. */
export declare const DEFAULT_BODY_LIMIT: number;

/** Builds the app with one evaluator; call `listen` on the result. */
export declare function buildApp(options?: BuildAppOptions): Promise<FastifyInstance>;
