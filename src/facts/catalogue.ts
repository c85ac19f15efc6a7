import { beneficiaryFacts } from './beneficiaries.js';
import { budgetFacts } from './budget.js';
import { communicationFacts } from './communication.js';
import { coreFacts } from './core.js';
import type { AnyFactDefinition } from './define.js';
import { engagementFacts } from './engagements.js';
import { implementationFacts } from './implementation.js';
import { legalFacts } from './legal.js';

/** Every fact a rule may name, by name. */
export const FACT_CATALOGUE: ReadonlyMap<string, AnyFactDefinition> = new Map(
  [
    ...coreFacts,
    ...legalFacts,
    ...engagementFacts,
    ...communicationFacts,
    ...beneficiaryFacts,
    ...budgetFacts,
    ...implementationFacts,
  ].map((fact) => [fact.name, fact]),
);
