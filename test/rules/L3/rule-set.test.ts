import { describe, expect, it } from 'vitest';
import L3 from '../../../rules/L3.json';

describe('lesson 3 rule set', () => {
  it('has every catalogue rule of lesson 3, with its severity', () => {
    const catalogue: Record<string, string> = {
      'L3-technical-staff': 'major',
      'L3-legal-competence': 'minor',
      'L3-premises': 'major',
      'L3-equipment-and-vehicles': 'minor',
      'L3-training-registration': 'critical',
      'L3-certificate-seals': 'major',
      'L3-learner-ratio': 'major',
      'L3-track-record': 'minor',
    };
    expect(Object.fromEntries(L3.rules.map((rule) => [rule.id, rule.severity]))).toEqual(catalogue);
    for (const rule of L3.rules) expect(rule.since).toBe('1.0.0');
  });

  it('writes no legal figure into a rule: the learner limit is only in the legal data', () => {
    const text = JSON.stringify(L3);
    expect(text).not.toMatch(/\b25\b/);
    expect(text).not.toMatch(/2025-07-01|2025-10-15/);
  });
});
