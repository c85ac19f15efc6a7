import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { describeFact, FACT_DESCRIPTIONS } from '../../src/facts/fact-docs.js';

describe('fact documentation (src/facts/descriptions.json)', () => {
  it.each([...FACT_CATALOGUE.keys()])('describes %s in Vietnamese and English', (name) => {
    const { vi, en } = describeFact(name);
    expect(vi.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
  });

  it('describes no fact that the catalogue lacks', () => {
    expect(Object.keys(FACT_DESCRIPTIONS).filter((name) => !FACT_CATALOGUE.has(name))).toEqual([]);
  });

  it('throws for a fact without a description', () => {
    expect(() => describeFact('noSuchFact')).toThrow(/descriptions\.json/);
  });
});
