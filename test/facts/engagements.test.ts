import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { factRun, factValue } from '../support/fact-value.js';

type Engagement = { label: string; party: string; type?: string; path: string };
const compute = (dossier: unknown, params: Record<string, unknown>) => factValue<Engagement[]>('engagementsBy', dossier, { params, referenceDate: '2023-12-28' });

describe('engagementsBy', () => {
  it('returns the engagements of the given parties with their label and people-readable path', () => {
    expect(compute(exampleDossier(), { parties: ['department-of-industry-and-trade'] })).toEqual([
      {
        party: 'department-of-industry-and-trade',
        name: 'Sở Công Thương Thái Bình',
        type: 'appraisal',
        reference: 'Biên bản thẩm định',
        date: '2023-05-30',
        label: 'Sở Công Thương Thái Bình',
        path: 'engagements[1]',
      },
    ]);
  });

  it('matches any of several parties, in dossier order', () => {
    const found = compute(exampleDossier(), { parties: ['mass-organisation', 'college', 'university'] });
    expect(found.map((engagement) => engagement.path)).toEqual(['engagements[5]', 'engagements[6]']);
  });

  it('limits the result to params.types when given', () => {
    expect(compute(exampleDossier(), { parties: ['department-of-industry-and-trade'], types: ['approval'] })).toEqual([]);
    expect(compute(exampleDossier(), { parties: ['department-of-industry-and-trade'], types: ['approval', 'appraisal'] })).toHaveLength(1);
  });

  it('never matches an engagement without a type when types are given, but notes the type as lacking; matches it without types', () => {
    const dossier = exampleWith((d) => {
      delete d.engagements[1].type;
    });
    const typed = { params: { parties: ['department-of-industry-and-trade'], types: ['appraisal'] }, referenceDate: '2023-12-28' };
    expect(factRun('engagementsBy', dossier, typed)).toEqual({
      value: [],
      missing: [{ path: 'engagements[1].type', label: 'Sở Công Thương Thái Bình' }],
    });
    const untyped = factRun<Engagement[]>('engagementsBy', dossier, { params: { parties: ['department-of-industry-and-trade'] } });
    expect(untyped.value.map((engagement) => [engagement.path, engagement.type])).toEqual([['engagements[1]', undefined]]);
    expect(untyped.missing).toEqual([]);
  });

  it('notes an engagement without a party as lacking (it could be the one), and still lists the known matches', () => {
    const dossier = exampleWith((d) => {
      delete d.engagements[6].party;
    });
    const run = factRun<Engagement[]>('engagementsBy', dossier, { params: { parties: ['mass-organisation', 'college', 'university'] } });
    expect(run.value.map((engagement) => engagement.path)).toEqual(['engagements[5]']);
    expect(run.missing.map((datum) => datum.path)).toEqual(['engagements[6].party']);
  });

  it('labels an unnamed engagement by its place in the dossier', () => {
    const dossier = exampleWith((d) => {
      delete d.engagements[6].name;
    });
    expect(compute(dossier, { parties: ['mass-organisation'] })).toEqual([
      expect.objectContaining({ label: 'engagements[6]', path: 'engagements[6]' }),
    ]);
  });

  it('notes an absent list of engagements as lacking: not stated is not "none"', () => {
    expect(factRun('engagementsBy', exampleWith((d) => delete d.engagements), { params: { parties: ['media'] } })).toEqual({
      value: [],
      missing: [{ path: 'engagements' }],
    });
  });

  it('decides on an explicitly empty list: no engagements, nothing lacking', () => {
    expect(factRun('engagementsBy', exampleWith((d) => (d.engagements = [])), { params: { parties: ['media'] } })).toEqual({ value: [], missing: [] });
  });

  it('rejects params without parties, with an empty list, or with unknown values', () => {
    const schema = FACT_CATALOGUE.get('engagementsBy')!.params!;
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ parties: [] }).success).toBe(false);
    expect(schema.safeParse({ parties: ['ministry'], types: [] }).success).toBe(false);
    expect(schema.safeParse({ parties: ['ngân hàng'] }).success).toBe(false);
    expect(schema.safeParse({ parties: ['media'], extra: true }).success).toBe(false);
  });
});
