import { alignmentFacts } from './alignment.js';
import { beneficiaryFacts } from './beneficiaries.js';
import { budgetFacts } from './budget.js';
import { capacityFacts } from './capacity.js';
import { communicationFacts } from './communication.js';
import { coreFacts } from './core.js';
import type { AnyFactDefinition } from './define.js';
import { engagementFacts } from './engagements.js';
import { fundingFacts } from './funding.js';
import { implementationFacts } from './implementation.js';
import { legalFacts } from './legal.js';
import { requestFacts } from './requests.js';

function byName(facts: readonly AnyFactDefinition[]): Map<string, AnyFactDefinition> {
  const catalogue = new Map<string, AnyFactDefinition>();
  for (const fact of facts) {
    if (catalogue.has(fact.name)) throw new Error(`internal error: two catalogue facts are named "${fact.name}"`);
    catalogue.set(fact.name, fact);
  }
  return catalogue;
}

/** Every fact a rule may name, by name. */
export const FACT_CATALOGUE: ReadonlyMap<string, AnyFactDefinition> = byName([
    ...coreFacts,
    ...legalFacts,
    ...engagementFacts,
    ...communicationFacts,
    ...beneficiaryFacts,
    ...budgetFacts,
    ...implementationFacts,
    ...requestFacts,
    ...capacityFacts,
    ...alignmentFacts,
    ...fundingFacts,
]);
