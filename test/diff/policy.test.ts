import { describe, expect, it } from 'vitest';
import { CHANGE_REASON_KINDS, fieldsReason, reasonLevel, VERSIONING_POLICY, type ChangeReasonKind } from '../../src/diff/policy.js';
import { RULE_ASPECTS } from '../../src/diff/diff-rule-sets.js';
import { LEGAL_ENTRY_FIELDS } from '../../src/diff/diff-legal-data.js';
import { sayDiff } from '../../src/i18n/catalogue/diff.js';
import { LOCALES } from '../../src/i18n/locale.js';

const RANK = { major: 3, minor: 2, patch: 1 } as const;
const { reasons: _reasons, ...sources } = VERSIONING_POLICY;

describe('the versioning policy table', () => {
  it('lists the change reason kinds from the most to the least severe', () => {
    const ranks = CHANGE_REASON_KINDS.map((kind) => RANK[reasonLevel(kind)]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('explains every kind in every locale', () => {
    for (const kind of CHANGE_REASON_KINDS) {
      for (const locale of LOCALES) expect(sayDiff(locale, VERSIONING_POLICY.reasons[kind].message), `${kind} ${locale}`).not.toBe('');
    }
  });

  it('gives every kind from some change, and names only known kinds', () => {
    const given = new Set(Object.values(sources).flatMap((byChange) => Object.values(byChange) as ChangeReasonKind[]));
    expect([...given].filter((kind) => !CHANGE_REASON_KINDS.includes(kind))).toEqual([]);
    expect(CHANGE_REASON_KINDS.filter((kind) => !given.has(kind))).toEqual([]);
  });

  it('covers every rule aspect (parameters and references item by item) and every legal-entry field', () => {
    expect([...Object.keys(VERSIONING_POLICY.ruleAspect), 'parameters', 'references'].sort()).toEqual([...RULE_ASPECTS].sort());
    expect(Object.keys(VERSIONING_POLICY.legalEntryField).sort()).toEqual([...LEGAL_ENTRY_FIELDS].sort());
  });

  it('makes a change of the unused json-rules-engine event a patch, as wording is', () => {
    expect(VERSIONING_POLICY.ruleAspect.event).toBe('rule-wording');
    expect(reasonLevel(VERSIONING_POLICY.ruleAspect.event)).toBe('patch');
  });

  it.each([
    [['unit', 'description'], 'parameter-wording'],
    [['description', 'default'], 'parameter-value'],
    [['bounds', 'type', 'unit'], 'parameter-type'],
  ] as const)('judges a parameter changing %j by its most severe field: %s', (fields, kind) => {
    expect(fieldsReason(VERSIONING_POLICY.parameterField, fields)).toBe(kind);
  });
});
