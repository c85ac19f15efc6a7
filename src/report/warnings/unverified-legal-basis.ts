import type { Judgement } from '../../engine/judge.js';
import type { WarningProducer } from './producer.js';

/**
 * A legal value a rule applied, as its evidence shows it: a fact value carrying the text it comes
 * from and whether that text was read (`{ source, verified }`: a national cap of the legal data, a
 * province's cost norms). The rule's own references cite the law in general; this is the figure
 * actually applied on the reference date.
 */
function appliesUnverifiedValue(judgement: Judgement): boolean {
  return judgement.evidence.some(({ value }) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const { source, verified } = value as { source?: unknown; verified?: unknown };
    return typeof source === 'string' && verified === false;
  });
}

/**
 * A failing critical or major finding whose legal basis is unverified: the rule cites law
 * (`kind: "law"` references) and every one of those citations has `verified: false`; or the legal
 * value it applied (a cap, a province's norms) comes from a text not read. A rule that cites no
 * law and applies no such value rests on the lessons and raises nothing.
 */
export const unverifiedLegalBasis: WarningProducer = ({ judgements }) => {
  const ruleIds = judgements
    .filter(({ status, rule }) => status === 'fail' && (rule.severity === 'critical' || rule.severity === 'major'))
    .filter((judgement) => {
      const law = judgement.rule.definition.references.filter((reference) => reference.kind === 'law');
      return (law.length > 0 && law.every((reference) => !reference.verified)) || appliesUnverifiedValue(judgement);
    })
    .map(({ rule }) => rule.id);
  return ruleIds.length > 0 ? { code: 'unverified-legal-basis', params: { ruleIds, count: ruleIds.length } } : undefined;
};
