import type { AnyFactDefinition } from './define.js';

/** Facts about the beneficiaries' own requests for support (lesson 1). */
export const requestFacts: AnyFactDefinition[] = [];
