import { describe, expect, it } from 'vitest';
import { citesDecision, decisionKey } from '../../src/facts/alignment/decision-citation.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { URBAN_HOUSEHOLD, artisanAndUrbanHouseholdProject } from '../support/scenarios-l4.js';
import { describeFact } from '../../src/facts/fact-docs.js';
import { factMissing, factRun, factValue } from '../support/fact-value.js';

const compute = <Value = unknown>(name: string, dossier: unknown, params: Record<string, unknown> = {}, referenceDate = '2023-12-28') =>
  factValue<Value>(name, dossier, { params, asOf: '2025-11-20', referenceDate });

const PROVINCIAL_PLAN = 'Quy hoạch tỉnh Thái Bình thời kỳ 2021–2030, tầm nhìn đến năm 2050';
const CRAFT_VILLAGE_PLAN = 'Kế hoạch phát triển làng nghề tỉnh Thái Bình giai đoạn 2021–2025';

describe('the alignment facts are in the catalogue and described in both languages', () => {
  it.each([
    ['citedPlans', false],
    ['citedPlansMatching', true],
    ['citedProgrammeMatches', false],
    ['priorityGrounds', false],
  ])('%s (params: %s)', (name, hasParams) => {
    const fact = FACT_CATALOGUE.get(name)!;
    expect(fact).toBeDefined();
    expect(fact.params !== undefined).toBe(hasParams);
    expect(describeFact(fact.name).vi.length).toBeGreaterThan(20);
    expect(describeFact(fact.name).en.length).toBeGreaterThan(20);
  });
});

describe('citedPlans', () => {
  it('lists the plans with their labels and whether they state the sector', () => {
    const dossier = exampleWith((d) => {
      d.alignment.plans.push({ kind: 'sector-plan', sectorListed: null });
    });
    expect(compute('citedPlans', dossier)).toEqual([
      { label: PROVINCIAL_PLAN, kind: 'provincial-planning', reference: PROVINCIAL_PLAN, sectorListed: true, sectorStated: true, path: 'alignment.plans[0]' },
      { label: CRAFT_VILLAGE_PLAN, kind: 'craft-village-plan', reference: CRAFT_VILLAGE_PLAN, sectorListed: true, sectorStated: true, path: 'alignment.plans[1]' },
      { label: 'alignment.plans[2]', kind: 'sector-plan', reference: undefined, sectorListed: undefined, sectorStated: false, path: 'alignment.plans[2]' },
    ]);
  });

  it('is empty without an alignment section, noting the plans as lacking (an empty list is data)', () => {
    expect(factRun('citedPlans', exampleWith((d) => delete d.alignment))).toEqual({ value: [], missing: [{ path: 'alignment.plans' }] });
    expect(factRun('citedPlans', exampleWith((d) => (d.alignment.plans = [])))).toEqual({ value: [], missing: [] });
  });
});

describe('citedPlansMatching', () => {
  const dossier = exampleWith((d) => {
    d.alignment.plans[0].sectorListed = false;
    d.alignment.plans.push({ kind: 'industrial-development-plan', reference: 'Kế hoạch phát triển công nghiệp tỉnh' });
  });
  const paths = (params: Record<string, unknown>) => compute<{ path: string }[]>('citedPlansMatching', dossier, params).map((plan) => plan.path);

  it('filters by kind', () => {
    expect(paths({ kinds: ['provincial-planning', 'industrial-development-plan'] })).toEqual(['alignment.plans[0]', 'alignment.plans[2]']);
  });

  it('filters by sectorListed (an unstated value matches neither true nor false)', () => {
    expect(paths({ sectorListed: true })).toEqual(['alignment.plans[1]']);
    expect(paths({ sectorListed: false })).toEqual(['alignment.plans[0]']);
  });

  it('combines both filters, and with none keeps every plan', () => {
    expect(paths({ kinds: ['provincial-planning'], sectorListed: true })).toEqual([]);
    expect(paths({})).toHaveLength(3);
  });

  it('notes a field the filter needs and a plan does not state, and leaves that plan out', () => {
    const unstated = exampleWith((d) => {
      d.alignment.plans.push({ reference: 'Kế hoạch không ghi loại', sectorListed: true });
      d.alignment.plans.push({ kind: 'provincial-planning', reference: 'Quy hoạch không ghi ngành' });
    });
    const run = (params: Record<string, unknown>) => {
      const { value, missing } = factRun<{ path: string }[]>('citedPlansMatching', unstated, { params });
      return { paths: value.map((plan) => plan.path), missing };
    };
    expect(run({ kinds: ['provincial-planning'] })).toEqual({
      paths: ['alignment.plans[0]', 'alignment.plans[3]'],
      missing: [{ path: 'alignment.plans[2].kind', label: 'Kế hoạch không ghi loại' }],
    });
    expect(run({ sectorListed: true })).toEqual({
      paths: ['alignment.plans[0]', 'alignment.plans[1]', 'alignment.plans[2]'],
      missing: [{ path: 'alignment.plans[3].sectorListed', label: 'Quy hoạch không ghi ngành' }],
    });
    expect(run({})).toEqual({ paths: ['alignment.plans[0]', 'alignment.plans[1]', 'alignment.plans[2]', 'alignment.plans[3]'], missing: [] });
  });

  it('does not note what a plan known not to match lacks', () => {
    const unstated = exampleWith((d) => {
      // Of another kind, sector unstated; sector not listed, kind unstated.
      d.alignment.plans.push({ kind: 'sector-plan', reference: 'Quy hoạch ngành' });
      d.alignment.plans.push({ reference: 'Kế hoạch không ghi loại', sectorListed: false });
    });
    expect(factRun('citedPlansMatching', unstated, { params: { kinds: ['provincial-planning'], sectorListed: true } })).toMatchObject({
      value: [{ path: 'alignment.plans[0]' }],
      missing: [],
    });
  });

  it('rejects an unknown plan kind or an empty kinds list', () => {
    const schema = FACT_CATALOGUE.get('citedPlansMatching')!.params!;
    expect(schema.safeParse({ kinds: ['national-plan'] }).success).toBe(false);
    expect(schema.safeParse({ kinds: [] }).success).toBe(false);
  });
});

describe('decisionKey and citesDecision', () => {
  it('ignore case, spaces, diacritics and dash style', () => {
    expect(decisionKey(' 1881 / QĐ – TTg ')).toBe('1881/qd-ttg');
    expect(citesDecision('1881/qđ-ttg', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('1881/QD-TTG', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('2646 / QĐ-BCT', '2646/QĐ-BCT')).toBe(true);
  });

  it('find the number inside a longer citation', () => {
    expect(citesDecision('Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('QĐ 1881/QĐ-TTg, ngày 20/11/2020', '1881/QĐ-TTg')).toBe(true);
  });

  it('fold diacritics away, and any space in a decision number', () => {
    expect(decisionKey('Quyết định số 1881')).toBe('quyetdinhso1881');
    expect(decisionKey('1881/QĐ-T\tTg')).toBe('1881/qd-ttg');
    // A number with a stray space is still the number when cited alone.
    expect(citesDecision('1881/QĐ-T Tg', '1881/QĐ-TTg')).toBe(true);
  });

  it('find the number at either end of a citation, and with any spacing around "/" and "-"', () => {
    expect(citesDecision('1881/QĐ-TTg ngày 20/11/2020', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('Quyết định số 1881/QĐ-TTg', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('Quyết định số 1881/ QĐ-TTg', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('Quyết định số 1881 /QĐ-TTg', '1881/QĐ-TTg')).toBe(true);
    expect(citesDecision('Quyết định số 1881  /  QĐ  -  TTg ngày 20/11/2020', '1881/QĐ-TTg')).toBe(true);
  });

  it('do not accept another number that contains it, or another decision', () => {
    expect(citesDecision('11881/QĐ-TTg', '1881/QĐ-TTg')).toBe(false);
    expect(citesDecision('1881/QĐ-TTgx', '1881/QĐ-TTg')).toBe(false);
    expect(citesDecision('11881/QĐ-TTg ngày 20/11/2020', '1881/QĐ-TTg')).toBe(false);
    expect(citesDecision('Quyết định số 1881/QĐ-TTgx', '1881/QĐ-TTg')).toBe(false);
    expect(citesDecision('1288/QĐ-TTg', '1881/QĐ-TTg')).toBe(false);
    expect(citesDecision('1881/QĐ-BCT', '1881/QĐ-TTg')).toBe(false);
    expect(citesDecision('anything', '')).toBe(false);
  });
});

describe('citedProgrammeMatches', () => {
  it('compares alignment.programme with the programme for period.start', () => {
    expect(compute('citedProgrammeMatches', exampleDossier())).toBe(true);
    expect(compute('citedProgrammeMatches', exampleWith((d) => (d.alignment.programme = '1288/QĐ-TTg')))).toBe(false);
    expect(compute('citedProgrammeMatches', exampleWith((d) => (d.period.start = '2020-06-01')))).toBe(false);
    expect(compute('citedProgrammeMatches', exampleWith((d) => {
      d.period.start = '2020-06-01';
      d.alignment.programme = '1288/qđ-ttg';
    }))).toBe(true);
  });

  it('is false when either side is missing', () => {
    expect(compute('citedProgrammeMatches', exampleWith((d) => delete d.alignment.programme))).toBe(false);
    expect(compute('citedProgrammeMatches', exampleWith((d) => delete d.period))).toBe(false);
    expect(compute('citedProgrammeMatches', exampleWith((d) => ((d.period.start = '2035-01-01'), delete d.results)))).toBe(false);
  });
});

describe('priorityGrounds', () => {
  const flags = { prioritySector: false, priorityArea: false, womenOwned: false, ethnicMinorityOwned: false, sectors: undefined };

  it('lists a priority sector and a priority area', () => {
    const dossier = exampleWith((d) => (d.alignment.priorityArea = true));
    expect(compute('priorityGrounds', dossier)).toEqual([
      { ...flags, ground: 'priority-sector', prioritySector: true, sectors: ['agro-processing'], label: 'alignment.prioritySectors', path: 'alignment.prioritySectors' },
      { ...flags, ground: 'priority-area', priorityArea: true, label: 'alignment.priorityArea', path: 'alignment.priorityArea' },
    ]);
  });

  it('counts women- and ethnic-minority-owned beneficiaries only when the legal data lists those priorities', () => {
    const dossier = artisanAndUrbanHouseholdProject((d) => {
      d.alignment.prioritySectors = [];
      d.beneficiaries[1].ethnicMinorityOwned = true;
    });
    expect(compute('priorityGrounds', dossier, {}, '2025-10-14')).toEqual([]);
    expect(compute('priorityGrounds', dossier, {}, '2025-10-15')).toEqual([
      { ...flags, ground: 'women-owned', womenOwned: true, label: URBAN_HOUSEHOLD, path: 'beneficiaries[1].womenOwned' },
      { ...flags, ground: 'ethnic-minority-owned', ethnicMinorityOwned: true, label: URBAN_HOUSEHOLD, path: 'beneficiaries[1].ethnicMinorityOwned' },
    ]);
  });

  it('is empty with no sector, no priority area and no ownership ground, all stated', () => {
    const dossier = exampleWith((d) => {
      d.alignment.prioritySectors = [];
      d.alignment.priorityArea = false;
      d.beneficiaries[0].womenOwned = false;
      d.beneficiaries[0].ethnicMinorityOwned = false;
    });
    expect(factRun('priorityGrounds', dossier, { asOf: '2025-11-20', referenceDate: '2025-10-15' })).toEqual({ value: [], missing: [] });
  });

  it('notes each ground the dossier does not state: not stated is not "no priority"', () => {
    const dossier = exampleWith((d) => {
      d.alignment.prioritySectors = [];
      d.alignment.priorityArea = null;
      d.beneficiaries[0].womenOwned = false;
    });
    expect(factMissing('priorityGrounds', dossier, { asOf: '2025-11-20', referenceDate: '2025-10-15' })).toEqual(['alignment.priorityArea', 'beneficiaries[0].ethnicMinorityOwned']);
    // Before 2025-10-15 ownership is no ground, so it is not asked for.
    expect(factMissing('priorityGrounds', dossier, { asOf: '2025-11-20', referenceDate: '2023-12-28' })).toEqual(['alignment.priorityArea']);
    expect(factRun('priorityGrounds', exampleWith((d) => delete d.alignment), { asOf: '2025-11-20', referenceDate: '2023-12-28' })).toEqual({
      value: [],
      missing: [{ path: 'alignment.prioritySectors' }, { path: 'alignment.priorityArea' }],
    });
  });

  it('asks for the beneficiaries only while an ownership ground is in force and the dossier should name them', () => {
    const run = (change: (d: any) => void, referenceDate: string) =>
      factRun('priorityGrounds', exampleWith((d) => ((d.alignment.prioritySectors = []), delete d.beneficiaries, change(d))), { asOf: '2025-11-20', referenceDate });
    // Ownership is no ground before 2025-10-15.
    expect(run(() => {}, '2023-12-28')).toEqual({ value: [], missing: [] });
    // Machinery is funded per establishment: the list is lacking.
    expect(run(() => {}, '2025-10-15')).toEqual({ value: [], missing: [{ path: 'beneficiaries' }] });
    // Content unstated: the dossier may have to name them.
    expect(run((d) => delete d.contentType, '2025-10-15')).toEqual({ value: [], missing: [{ path: 'beneficiaries' }] });
    // Training may reach establishments the dossier does not list.
    expect(run((d) => (d.contentType = 'vocational-training'), '2025-10-15')).toEqual({ value: [], missing: [] });
  });
});
