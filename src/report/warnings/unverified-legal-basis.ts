import type { WarningProducer } from './producer.js';

/**
 * A failing critical or major finding whose legal basis is unverified: the rule cites law
 * (`kind: "law"` references) and every one of those citations has `verified: false`. A rule that
 * cites no law rests on the lessons and raises nothing; one verified law reference is enough.
 */
export const unverifiedLegalBasis: WarningProducer = ({ judgements }) => {
  const ruleIds = judgements
    .filter(({ status, rule }) => status === 'fail' && (rule.severity === 'critical' || rule.severity === 'major'))
    .filter(({ rule }) => {
      const law = rule.definition.references.filter((reference) => reference.kind === 'law');
      return law.length > 0 && law.every((reference) => !reference.verified);
    })
    .map(({ rule }) => rule.id);
  return ruleIds.length > 0 ? { code: 'unverified-legal-basis', params: { ruleIds, count: ruleIds.length } } : undefined;
};
