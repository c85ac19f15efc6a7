import { describe, expect, it } from 'vitest';
import { RULE_FILES } from '../../support/rule-cases.js';

describe('the L1 rule set', () => {
  it('holds every rule of the catalogue for lesson 1, with its severity', () => {
    const l1 = RULE_FILES.find((file) => file.lesson === 'L1')!;
    expect(Object.fromEntries(l1.rules.map((rule) => [rule.id, rule.severity]))).toEqual({
      'L1-ministry-agency': 'critical',
      'L1-provincial-appraisal': 'critical',
      'L1-provincial-leadership': 'major',
      'L1-local-authority': 'major',
      'L1-knowledge-partners': 'minor',
      'L1-mass-organisations': 'minor',
      'L1-beneficiary-request': 'critical',
    });
  });

  it('cites the legal basis with its verified status as legal-timeline.md records it', () => {
    const l1 = RULE_FILES.find((file) => file.lesson === 'L1')!;
    const laws = Object.fromEntries(
      l1.rules.map((rule) => [rule.id, rule.references.filter((reference) => reference.kind === 'law').map(({ citation, verified }) => ({ citation, verified }))]),
    );
    expect(laws['L1-beneficiary-request']).toEqual([{ citation: expect.stringContaining('Thông tư 36/2013/TT-BCT, Điều 10'), verified: true }]);
    expect(laws['L1-provincial-appraisal']).toEqual([{ citation: expect.stringContaining('Thông tư 36/2013/TT-BCT, Điều 8'), verified: true }]);
    expect(laws['L1-knowledge-partners']).toEqual([]);
    expect(laws['L1-mass-organisations']).toEqual([]);
    for (const rule of l1.rules) expect(rule.references[0]).toMatchObject({ kind: 'lesson', citation: 'Bài học 1 (tỉnh Thái Bình)', verified: true });
  });

  it('writes no legal date into a rule: dated law comes from the legal data', () => {
    const text = JSON.stringify(RULE_FILES.find((file) => file.lesson === 'L1'));
    expect(text).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d\b/);
  });
});
