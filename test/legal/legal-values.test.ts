import { describe, expect, it } from 'vitest';
import { BUNDLED_LEGAL_DATA } from '../../src/bundled-rules.js';
import { createEvaluator, fingerprint, RuleSetError } from '../../src/index.js';
import { indexLegalData } from '../../src/facts/legal-index.js';
import { LegalDataSchema } from '../../src/schema/legal-data.js';

type Table = { version: string; entries: { key: string; value?: unknown; effectiveFrom?: string; source: string; verified: boolean }[] };

/** The bundled legal data with one change. */
function legalDataWith(change: (table: Table) => void): Table {
  const table = structuredClone(BUNDLED_LEGAL_DATA) as Table;
  change(table);
  return table;
}

function rejection(legalData: unknown): RuleSetError {
  try {
    createEvaluator({ legalData });
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('the legal data was accepted');
}

describe('legal-data values are checked by key when the legal data loads', () => {
  it('leaves the bundled table as it is: the parsed table is the input, fingerprint and all', () => {
    const parsed = LegalDataSchema.parse(BUNDLED_LEGAL_DATA);
    expect(parsed).toEqual(BUNDLED_LEGAL_DATA);
    expect(fingerprint(parsed)).toBe(fingerprint(BUNDLED_LEGAL_DATA as object));
  });

  it.each([
    ['contentTypes', 'advanced-equipment'],
    ['districtLevel', 'no'],
    ['supportCap.advanced-equipment', { percent: '50', maxVnd: 1, per: 'establishment' }],
    ['provinceMergers', { 'Hà Giang': 7 }],
    ['learnersPerInstructorLimit', '25'],
  ])('rejects a %s entry whose value has the wrong type, naming the entry', (key, value) => {
    const legalData = legalDataWith((table) => {
      table.entries.find((entry) => entry.key === key)!.value = value;
    });
    const error = rejection(legalData);
    expect(error.message).toMatch(/options\.legalData/);
    expect(error.message).toMatch(/entries\[\d+\]\.value/);
  });

  it('accepts keys it has no schema for, and extra fields in a known value, as before', () => {
    const legalData = legalDataWith((table) => {
      table.entries.push({ key: 'maxProjectMonths', value: 12, source: 'host', verified: false });
      (table.entries.find((entry) => entry.key.startsWith('supportCap.'))!.value as Record<string, unknown>).note = 'kept';
    });
    expect(() => createEvaluator({ legalData })).not.toThrow();
    const parsed = LegalDataSchema.parse(legalData);
    expect(parsed).toEqual(legalData);
    expect(indexLegalData(parsed).entryOn('maxProjectMonths', '2024-01-01')?.value).toBe(12);
  });

  it('reads a qualified key with its family\'s type', () => {
    const legal = indexLegalData(LegalDataSchema.parse(BUNDLED_LEGAL_DATA));
    const cap = legal.typedEntryOn('supportCap', '2024-01-01', 'advanced-equipment');
    expect(cap?.value).toMatchObject({ percent: expect.any(Number), maxVnd: expect.any(Number), per: 'establishment' });
    expect(legal.typedEntryOn('supportCap', '2024-01-01', 'no-such-content')).toBeUndefined();
  });
});
