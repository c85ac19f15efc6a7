import type { AnyFactDefinition } from './define.js';

/** Facts about support caps, counterpart funds and other resources (lesson 5). */
export const fundingFacts: AnyFactDefinition[] = [];
