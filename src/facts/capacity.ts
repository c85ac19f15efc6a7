import type { AnyFactDefinition } from './define.js';

/** Facts about the implementing unit's capacity (lesson 3). */
export const capacityFacts: AnyFactDefinition[] = [];
