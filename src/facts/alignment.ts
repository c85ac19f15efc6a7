import type { AnyFactDefinition } from './define.js';

/** Facts about plans, programmes, priorities and beneficiary eligibility (lesson 4). */
export const alignmentFacts: AnyFactDefinition[] = [];
