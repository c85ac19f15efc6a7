import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import type { UnknownDatum } from '../../src/facts/unknowns.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { factContext } from '../support/context.js';

/** The params L5-results-recorded passes (a smaller list keeps the cases readable). */
const PARAMS = {
  always: ['reportedOn'],
  byContentType: {
    'vocational-training': ['learnersTrained', 'learnersCertified', 'learnersEmployed'],
    'advanced-equipment': ['equipmentInOperation', 'jobsCreated', ['capacityIncreasePercent', 'revenueIncreasePercent']],
  },
  otherwise: ['notes'],
};

/** A fact's value and the data it noted as lacking, computed as an evaluation would. */
function compute(name: string, dossier: unknown, params: Record<string, unknown> = {}): { value: any; unknown: string[] } {
  const fact = FACT_CATALOGUE.get(name)!;
  const parsed = fact.params ? fact.params.parse(params) : params;
  const noted: UnknownDatum[] = [];
  const value = fact.compute({ ...factContext(dossier), noteUnknown: (datum) => noted.push(datum) }, parsed as Record<string, unknown>);
  return { value, unknown: noted.map((datum) => datum.path) };
}

describe('acceptanceResults', () => {
  it('finds every result of the example recorded, the capacity standing for capacity-or-revenue', () => {
    expect(compute('acceptanceResults', exampleDossier(), PARAMS)).toEqual({
      value: {
        section: true,
        reportedOn: '2024-10-30',
        recorded: ['results.reportedOn', 'results.equipmentInOperation', 'results.jobsCreated', 'results.capacityIncreasePercent'],
        unrecorded: [],
      },
      unknown: [],
    });
  });

  it('reads 0 jobs, false and a fall in revenue as recorded results', () => {
    const dossier = exampleWith((d) => {
      d.results = { reportedOn: '2024-10-30', jobsCreated: 0, equipmentInOperation: false, revenueIncreasePercent: -15 };
    });
    expect(compute('acceptanceResults', dossier, PARAMS).value.unrecorded).toEqual([]);
  });

  it('lists every result due when the section is absent (absence is what the rule is about, not a lack of data)', () => {
    const { value, unknown } = compute('acceptanceResults', exampleWith((d) => delete d.results), PARAMS);
    expect(value.section).toBe(false);
    expect(value.unrecorded).toEqual([
      { path: 'results.reportedOn', alternatives: [] },
      { path: 'results.equipmentInOperation', alternatives: [] },
      { path: 'results.jobsCreated', alternatives: [] },
      { path: 'results.capacityIncreasePercent', alternatives: ['results.revenueIncreasePercent'] },
    ]);
    expect(unknown).toEqual([]);
  });

  it('uses the content type’s own list, or `otherwise` for a type not listed', () => {
    const training = exampleWith((d) => {
      d.contentType = 'vocational-training';
      d.results = { reportedOn: '2024-10-30', learnersTrained: 40, learnersCertified: 40 };
    });
    expect(compute('acceptanceResults', training, PARAMS).value.unrecorded).toEqual([{ path: 'results.learnersEmployed', alternatives: [] }]);
    const fair = exampleWith((d) => {
      d.contentType = 'trade-fair';
      d.results = { reportedOn: '2024-10-30' };
    });
    expect(compute('acceptanceResults', fair, PARAMS).value.unrecorded).toEqual([{ path: 'results.notes', alternatives: [] }]);
  });

  it('without a content type checks only `always` and notes contentType as lacking', () => {
    const { value, unknown } = compute('acceptanceResults', exampleWith((d) => delete d.contentType), PARAMS);
    expect(value.recorded).toEqual(['results.reportedOn']);
    expect(value.unrecorded).toEqual([]);
    expect(unknown).toEqual(['contentType']);
  });

  it('rejects params naming a field results does not have, or an alternative of one field', () => {
    const params = FACT_CATALOGUE.get('acceptanceResults')!.params!;
    expect(params.safeParse({ ...PARAMS, always: ['reportDate'] }).success).toBe(false);
    expect(params.safeParse({ ...PARAMS, always: [['reportedOn']] }).success).toBe(false);
    expect(params.safeParse({ ...PARAMS, byContentType: { machinery: ['notes'] } }).success).toBe(false);
  });
});

describe('lessonsFromResults', () => {
  it('finds the example’s final evaluation 21 days after the results were reported', () => {
    expect(compute('lessonsFromResults', exampleDossier())).toEqual({
      value: {
        reportedOn: '2024-10-30',
        candidates: [{ date: '2024-11-20', daysAfterResults: 21, path: 'implementation.evaluations[0]' }],
        drawn: [{ date: '2024-11-20', daysAfterResults: 21, path: 'implementation.evaluations[0]' }],
        before: [],
      },
      unknown: [],
    });
  });

  it('puts lessons drawn before the results were reported in `before`', () => {
    const { value } = compute('lessonsFromResults', exampleWith((d) => (d.results.reportedOn = '2024-12-01')));
    expect(value.drawn).toEqual([]);
    expect(value.before).toEqual([{ date: '2024-11-20', daysAfterResults: -11, path: 'implementation.evaluations[0]' }]);
  });

  it('leaves out midterm reviews and final evaluations that drew no lessons', () => {
    const dossier = exampleWith((d) => {
      d.implementation.evaluations = [
        { kind: 'midterm', date: '2024-07-15', lessonsLearned: true },
        { kind: 'final', date: '2024-11-20', lessonsLearned: false },
      ];
    });
    expect(compute('lessonsFromResults', dossier)).toMatchObject({ value: { candidates: [], drawn: [], before: [] }, unknown: [] });
  });

  it('notes what it lacks: lessonsLearned, the date, results.reportedOn — never reading them as false', () => {
    const dossier = exampleWith((d) => {
      delete d.results.reportedOn;
      d.implementation.evaluations = [{ kind: 'final' }];
    });
    const { value, unknown } = compute('lessonsFromResults', dossier);
    expect(value.candidates).toEqual([{ date: undefined, daysAfterResults: undefined, path: 'implementation.evaluations[0]' }]);
    expect(value.drawn).toEqual([]);
    expect(unknown).toEqual(['results.reportedOn', 'implementation.evaluations[0].lessonsLearned', 'implementation.evaluations[0].date']);
  });

  it('does not ask for results.reportedOn when there is no results section (L5-results-recorded’s finding)', () => {
    expect(compute('lessonsFromResults', exampleWith((d) => delete d.results)).unknown).toEqual([]);
  });

  it('notes an absent list of evaluations, which may hide a final one, and finds nothing in it', () => {
    expect(compute('lessonsFromResults', exampleWith((d) => delete d.implementation.evaluations))).toEqual({
      value: { reportedOn: '2024-10-30', candidates: [], drawn: [], before: [] },
      unknown: ['implementation.evaluations'],
    });
  });

  it('notes the kind of an evaluation that does not state it, without counting it as final', () => {
    const dossier = exampleWith((d) => {
      d.implementation.evaluations = [{ date: '2024-11-20', lessonsLearned: true }, ...d.implementation.evaluations];
    });
    const { value, unknown } = compute('lessonsFromResults', dossier);
    expect(value.candidates.map((item: { path: string }) => item.path)).toEqual(['implementation.evaluations[1]']);
    expect(unknown).toEqual(['implementation.evaluations[0].kind']);
  });

  it('puts lessons with no date to compare neither in `drawn` nor in `before`: an undated evaluation, or no results.reportedOn', () => {
    const undated = exampleWith((d) => (d.implementation.evaluations = [{ kind: 'final', lessonsLearned: true }]));
    expect(compute('lessonsFromResults', undated)).toEqual({
      value: {
        reportedOn: '2024-10-30',
        candidates: [{ date: undefined, daysAfterResults: undefined, path: 'implementation.evaluations[0]' }],
        drawn: [],
        before: [],
      },
      unknown: ['implementation.evaluations[0].date'],
    });
    const unreported = compute('lessonsFromResults', exampleWith((d) => delete d.results.reportedOn));
    expect(unreported.value).toMatchObject({ candidates: [{ date: '2024-11-20', daysAfterResults: undefined }], drawn: [], before: [] });
    expect(unreported.unknown).toEqual(['results.reportedOn']);
  });
});
