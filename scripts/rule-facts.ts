import { factReference, forEachLeaf } from '../src/engine/conditions.js';
import { parseTemplate, templateReferences } from '../src/i18n/template.js';
import type { RuleDefinition, TopLevelCondition } from '../src/schema/rule-set.js';

/**
 * The catalogue facts a rule uses, in the order it first names them: in its
 * conditions (and the facts they compare with), its message facts, and the
 * top-level placeholders of its messages and remediation.
 */
export function factsOfRule(rule: RuleDefinition, isFact: (name: string) => boolean): string[] {
  const used = new Set<string>();
  const trees = [rule.applicability, rule.conditions].filter((tree): tree is TopLevelCondition => tree !== undefined);
  for (const tree of trees) {
    forEachLeaf(tree, (leaf) => {
      used.add(leaf.fact);
      const compared = factReference(leaf.value);
      if (compared) used.add(compared.fact);
    });
  }
  for (const messageFact of rule.messageFacts ?? []) used.add(messageFact.fact);
  const texts = [...Object.values(rule.messages), rule.remediation].flatMap((text) => (text ? [text.en, text.vi] : []));
  for (const text of texts) {
    for (const reference of templateReferences(parseTemplate(text))) if (!reference.nested) used.add(reference.root);
  }
  return [...used].filter(isFact);
}
