import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { ARTISAN, URBAN_HOUSEHOLD, artisanAndUrbanHouseholdProject } from '../support/scenarios-l4.js';
import { describeFact } from '../../src/facts/fact-docs.js';
import { factMissing, factRun, factValue } from '../support/fact-value.js';
import { factContext } from '../support/context.js';
import { BUNDLED_LEGAL_DATA } from '../../src/bundled-rules.js';
import { LegalDataSchema } from '../../src/schema/legal-data.js';
import { indexLegalData } from '../../src/facts/legal-index.js';
import { undeterminedPaths, type BeneficiaryEligibility } from '../../src/facts/beneficiaries/eligibility.js';

function compute(name: string, dossier: unknown, referenceDate = '2023-12-28'): any {
  return factValue(name, dossier, { asOf: '2025-11-20', referenceDate });
}

describe.each(['beneficiaryEligibility', 'ineligibleBeneficiaries', 'undeterminedBeneficiaries', 'doubleFundingRisks'])('%s', (name) => {
  it('is in the catalogue, takes no params and is described in both languages', () => {
    const fact = FACT_CATALOGUE.get(name)!;
    expect(fact.params).toBeUndefined();
    expect(describeFact(fact.name).vi.length).toBeGreaterThan(20);
    expect(describeFact(fact.name).en.length).toBeGreaterThan(20);
  });
});

describe('beneficiaryEligibility', () => {
  it('judges the example cooperative eligible in 2023 by its own area, and says the finer test could not be made', () => {
    expect(compute('beneficiaryEligibility', exampleDossier())).toEqual([
      expect.objectContaining({
        label: 'Hợp tác xã bánh cáy Thái Phương',
        id: 'HTX-THAIPHUONG',
        kind: 'cooperative',
        area: 'rural',
        areaPath: 'beneficiaries[0].location.area',
        unitType: undefined,
        placeByArea: true,
        placeNotTied: false,
        kindIneligible: false,
        areaIneligible: false,
        sizeIneligible: false,
        missingKind: undefined,
        missingArea: undefined,
        missingSize: undefined,
        ineligible: false,
        undetermined: false,
        eligible: true,
        path: 'beneficiaries[0]',
      }),
    ]);
  });

  it('reads the kinds and areas of the reference date: the artisan and the urban household on either side of the widening', () => {
    const dossier = artisanAndUrbanHouseholdProject();
    const before = compute('beneficiaryEligibility', dossier, '2025-10-14');
    expect(before.map((item: any) => [item.label, item.kindIneligible, item.areaIneligible, item.eligible])).toEqual([
      [ARTISAN, true, false, false],
      [URBAN_HOUSEHOLD, false, true, false],
    ]);
    const on = compute('beneficiaryEligibility', dossier, '2025-10-15');
    expect(on.map((item: any) => item.eligible)).toEqual([true, true]);
  });

  it("falls back to the project's area, and says so in areaPath", () => {
    const dossier = exampleWith((d) => {
      delete d.beneficiaries[0].location;
    });
    expect(compute('beneficiaryEligibility', dossier)[0]).toMatchObject({ area: 'rural', areaPath: 'location.area', eligible: true });
  });

  it('names the missing kind and area, and a beneficiary without a name by its id or place', () => {
    const dossier = exampleWith((d) => {
      delete d.location.area;
      d.beneficiaries = [{ id: 'HKD-09' }, {}];
    });
    const items = compute('beneficiaryEligibility', dossier);
    expect(items[0]).toMatchObject({
      label: 'HKD-09',
      kind: undefined,
      area: undefined,
      areaPath: undefined,
      kindIneligible: false,
      areaIneligible: false,
      missingKind: 'beneficiaries[0].kind',
      missingArea: 'beneficiaries[0].location.area',
      undetermined: true,
      eligible: false,
    });
    expect(items[1].label).toBe('beneficiaries[1]');
  });

  it('is empty without beneficiaries', () => {
    expect(compute('beneficiaryEligibility', exampleWith((d) => delete d.beneficiaries))).toEqual([]);
  });

  it('judges every beneficiary ineligible on a date the legal data does not cover (the rules do not apply then: withinLegalCoverage)', () => {
    expect(compute('beneficiaryEligibility', exampleDossier(), '2010-01-01')[0]).toMatchObject({ kindIneligible: true, areaIneligible: true, eligible: false });
    expect(compute('withinLegalCoverage', exampleDossier(), '2010-01-01')).toBe(false);
    expect(compute('withinLegalCoverage', exampleDossier(), '2012-07-05')).toBe(true);
    expect(compute('legalCoverageStart', exampleDossier(), '2010-01-01')).toBe('2012-07-05');
  });

  const ward = (location: Record<string, unknown>, change: (d: any) => void = () => undefined) =>
    exampleWith((d) => {
      d.beneficiaries[0].location = { commune: 'Phường X', unitType: 'ward', ...location };
      change(d);
    });
  const judged = (dossier: unknown, date: string) => {
    const item = compute('beneficiaryEligibility', dossier, date)[0];
    return { eligible: item.eligible, ineligible: item.ineligible, undetermined: item.undetermined };
  };

  it.each([
    ['a ward of a town (thị xã)', { parentUnit: { kind: 'town', cityClass: 'IV' } }, '2019-03-15', 'eligible'],
    ['a ward of a class II provincial city', { parentUnit: { kind: 'provincial-city', cityClass: 'II' } }, '2019-03-15', 'eligible'],
    ['a ward of a class I city converted 4 years before', { parentUnit: { kind: 'provincial-city', cityClass: 'I' }, upgradedFromCommuneOn: '2015-03-16' }, '2019-03-15', 'eligible'],
    ['a ward of a class I city converted 5 years before the 31 December preceding the plan year', { parentUnit: { kind: 'provincial-city', cityClass: 'I' }, upgradedFromCommuneOn: '2013-12-31' }, '2019-03-15', 'eligible'],
    ['a ward of a class I city converted 5 years and a day before the 31 December preceding the plan year', { parentUnit: { kind: 'provincial-city', cityClass: 'I' }, upgradedFromCommuneOn: '2013-12-30' }, '2019-03-15', 'ineligible'],
    ['a ward of a class I city converted 5 years and a day before the reference date (counted to 31 December, TT 46/2012 Art. 3.1.đ)', { parentUnit: { kind: 'provincial-city', cityClass: 'I' }, upgradedFromCommuneOn: '2014-03-14' }, '2019-03-15', 'eligible'],
    ['a ward of a class I city with no conversion date', { parentUnit: { kind: 'provincial-city', cityClass: 'I' } }, '2019-03-15', 'undetermined'],
    ['a ward of an urban district of a special-class city', { parentUnit: { kind: 'urban-district', cityClass: 'special' } }, '2019-03-15', 'ineligible'],
    ['a ward with no district-level unit', {}, '2019-03-15', 'undetermined'],
    ['a ward of a city with no class', { parentUnit: { kind: 'provincial-city' } }, '2019-03-15', 'undetermined'],
    ['a township', { unitType: 'township' }, '2019-03-15', 'eligible'],
    ['a special zone under the 2012 test', { unitType: 'special-zone' }, '2025-08-01', 'undetermined'],
    ['a special zone under the 2025 test', { unitType: 'special-zone' }, '2025-11-10', 'eligible'],
  ])('applies the place test of the date: %s → %s', (_name, location, date, outcome) => {
    const result = judged(ward(location), date);
    expect(result).toEqual({ eligible: outcome === 'eligible', ineligible: outcome === 'ineligible', undetermined: outcome === 'undetermined' });
  });

  it.each([
    ['Hà Nội', 'ineligible'],
    ['TP. Hồ Chí Minh', 'ineligible'],
    ['Thành phố Huế', 'ineligible'],
    ['tỉnh Hưng Yên', 'eligible'],
    ['Thái Bình', 'eligible'],
    ['Hà Tây', 'undetermined'],
  ])('from 2025-10-15 a ward in %s is %s', (province, outcome) => {
    const result = judged(ward({ province }), '2025-11-10');
    expect(result).toEqual({ eligible: outcome === 'eligible', ineligible: outcome === 'ineligible', undetermined: outcome === 'undetermined' });
  });

  it('from 2025-10-15 a recognised craft village is eligible even in a ward of a centrally-run city; before, the place test decides', () => {
    const dossier = ward({ province: 'Hà Nội' }, (d) => (d.beneficiaries[0].craftVillageRecognised = true));
    expect(compute('beneficiaryEligibility', dossier, '2025-11-10')[0]).toMatchObject({ inRecognisedCraftVillage: true, eligible: true });
    expect(compute('beneficiaryEligibility', dossier, '2019-03-15')[0]).toMatchObject({ inRecognisedCraftVillage: false, missingParentUnit: 'beneficiaries[0].location.parentUnit.kind', undetermined: true });
  });

  it('reads the project place when the beneficiary gives neither a unit type nor an area, with the project province', () => {
    const dossier = exampleWith((d) => {
      d.location = { province: 'Thành phố Hải Phòng', commune: 'Phường Hải An', unitType: 'ward' };
      delete d.beneficiaries[0].location;
    });
    expect(compute('beneficiaryEligibility', dossier, '2025-11-10')[0]).toMatchObject({ unitPath: 'location.unitType', province: 'Thành phố Hải Phòng', wardOfCentrallyRunCity: true, ineligible: true });
  });

  it('judges an enterprise by size: micro, small and medium yes, large no, none given undetermined', () => {
    const sized = (size?: string) =>
      exampleWith((d) => {
        d.beneficiaries[0].kind = 'enterprise';
        if (size) d.beneficiaries[0].size = size;
      });
    expect(['micro', 'small', 'medium'].map((size) => compute('beneficiaryEligibility', sized(size))[0].eligible)).toEqual([true, true, true]);
    expect(compute('beneficiaryEligibility', sized('large'))[0]).toMatchObject({ size: 'large', sizeIneligible: true, ineligible: true });
    expect(compute('beneficiaryEligibility', sized())[0]).toMatchObject({ size: undefined, sizeIneligible: false, missingSize: 'beneficiaries[0].size', ineligible: false, undetermined: true, eligible: false });
    expect(compute('undeterminedBeneficiaries', sized()).map((item: any) => item.path)).toEqual(['beneficiaries[0]']);
    expect(compute('undeterminedBeneficiaries', sized('large'))).toEqual([]);
  });

  it('judges cleaner production wherever it is and whatever its size, in both periods; cluster-infrastructure investors and unions of cooperatives only from 2025-10-15', () => {
    const cleaner = ward({ parentUnit: { kind: 'urban-district', cityClass: 'special' } }, (d) => {
      d.beneficiaries[0].kind = 'enterprise';
      d.beneficiaries[0].size = 'large';
      d.beneficiaries[0].cleanerProduction = true;
    });
    expect(compute('beneficiaryEligibility', cleaner, '2019-03-15')[0]).toMatchObject({ placeNotTied: true, cleanerProduction: true, eligible: true });
    const investor = ward({ province: 'Hà Nội' }, (d) => (d.beneficiaries[0].kind = 'cluster-infrastructure-investor'));
    expect(compute('beneficiaryEligibility', investor, '2025-10-14')[0]).toMatchObject({ kindIneligible: true, eligible: false });
    expect(compute('beneficiaryEligibility', investor, '2025-10-15')[0]).toMatchObject({ placeNotTied: true, eligible: true });
    const union = ward({ province: 'Hà Nội' }, (d) => (d.beneficiaries[0].kind = 'union-of-cooperatives'));
    expect(compute('beneficiaryEligibility', union, '2025-10-15')[0]).toMatchObject({ kindIneligible: false, wardOfCentrallyRunCity: true, eligible: false });
  });
});

describe('ineligibleBeneficiaries', () => {
  it('keeps only the beneficiaries that are not eligible', () => {
    const dossier = artisanAndUrbanHouseholdProject((d) => {
      d.beneficiaries.push({ id: 'DN-01', name: 'Công ty TNHH Bạc Đồng Xâm', kind: 'enterprise', size: 'small' });
    });
    expect(compute('ineligibleBeneficiaries', dossier, '2025-10-14').map((item: any) => item.path)).toEqual(['beneficiaries[0]', 'beneficiaries[1]']);
    expect(compute('ineligibleBeneficiaries', dossier, '2025-10-15')).toEqual([]);
  });

  it('does not list a beneficiary it cannot decide, but notes each field to supply with its name', () => {
    const dossier = exampleWith((d) => {
      d.beneficiaries.push({ id: 'DN-01', name: 'Công ty TNHH Bạc Đồng Xâm', kind: 'enterprise', location: { area: 'rural' } });
      d.beneficiaries.push({ id: 'HKD-05', location: { area: 'rural' } });
    });
    expect(factRun('ineligibleBeneficiaries', dossier, { referenceDate: '2023-12-28' })).toEqual({
      value: [],
      missing: [
        { path: 'beneficiaries[1].size', label: 'Công ty TNHH Bạc Đồng Xâm' },
        { path: 'beneficiaries[2].kind', label: 'HKD-05' },
      ],
    });
  });

  it('names the project’s province to correct when the name is not recognised and the beneficiary gives none of its own', () => {
    const dossier = exampleWith((d) => {
      d.location = { province: 'Tỉnh Hà Tây', commune: 'Phường Phố Hiến', unitType: 'ward' };
      delete d.beneficiaries[0].location;
    });
    expect(factMissing('ineligibleBeneficiaries', dossier, { referenceDate: '2025-11-10' })).toEqual(['location.province']);
  });
});

describe('beneficiaryCount', () => {
  const withoutList = (contentType: string | undefined) =>
    exampleWith((d) => {
      delete d.beneficiaries;
      delete d.coordinatingUnits;
      if (contentType === undefined) delete d.contentType;
      else d.contentType = contentType;
    });

  it('counts the listed beneficiaries; an empty list is 0, decided', () => {
    expect(factRun('beneficiaryCount', exampleDossier())).toEqual({ value: 1, missing: [] });
    expect(factRun('beneficiaryCount', exampleWith((d) => (d.beneficiaries = [])))).toEqual({ value: 0, missing: [] });
  });

  it.each(['advanced-equipment', 'demonstration-model', undefined])('notes an absent list for content funded per establishment, or unstated content (%s)', (contentType) => {
    expect(factRun('beneficiaryCount', withoutList(contentType))).toEqual({ value: undefined, missing: [{ path: 'beneficiaries' }] });
  });

  it.each(['trade-fair', 'information', 'vocational-training'])('reads an absent list as none to judge for other content (%s)', (contentType) => {
    expect(factRun('beneficiaryCount', withoutList(contentType))).toEqual({ value: undefined, missing: [] });
  });
});

describe('doubleFundingRisks', () => {
  it('lists each funded beneficiary, labelled by name, else id, else place; an undeclared one is not read as unfunded', () => {
    const dossier = exampleWith((d) => {
      d.beneficiaries[0].otherStateFunding = true;
      d.beneficiaries.push({ id: 'HKD-02' }, { otherStateFunding: false }, { otherStateFunding: true });
    });
    expect(compute('doubleFundingRisks', dossier)).toEqual([
      { label: 'Hợp tác xã bánh cáy Thái Phương', id: 'HTX-THAIPHUONG', path: 'beneficiaries[0].otherStateFunding' },
      { label: 'beneficiaries[3]', id: undefined, path: 'beneficiaries[3].otherStateFunding' },
    ]);
  });
});

describe('the place test, field by field', () => {
  const inWard = (location: Record<string, unknown>, change: (d: any) => void = () => undefined) =>
    exampleWith((d) => {
      d.beneficiaries[0].location = { commune: 'Phường X', unitType: 'ward', ...location };
      change(d);
    });
  const item = (dossier: unknown, date: string) => compute('beneficiaryEligibility', dossier, date)[0];
  const noted = (dossier: unknown, date: string) => factRun('ineligibleBeneficiaries', dossier, { asOf: '2025-11-20', referenceDate: date });
  const label = 'Hợp tác xã bánh cáy Thái Phương';

  it('2012: names the unit type the test does not speak of, not a district-level unit', () => {
    const zone = inWard({ unitType: 'special-zone' });
    expect(item(zone, '2025-08-01')).toMatchObject({ unitNotInTest: true, missingParentUnit: undefined, placeByArea: false, undetermined: true });
    expect(noted(zone, '2025-08-01')).toEqual({ value: [], missing: [{ path: 'beneficiaries[0].location.unitType', label }] });
  });

  it('2012: names the class or conversion date a ward of a city lacks, at the place it was read', () => {
    expect(noted(inWard({ parentUnit: { kind: 'provincial-city' } }), '2019-03-15').missing).toEqual([{ path: 'beneficiaries[0].location.parentUnit.cityClass', label }]);
    expect(noted(inWard({ parentUnit: { kind: 'provincial-city', cityClass: 'I' } }), '2019-03-15').missing).toEqual([{ path: 'beneficiaries[0].location.upgradedFromCommuneOn', label }]);
    expect(noted(inWard({}), '2019-03-15').missing).toEqual([{ path: 'beneficiaries[0].location.parentUnit.kind', label }]);
  });

  it('2012: says why a ward is ineligible: its city class, or a conversion too long ago', () => {
    expect(item(inWard({ parentUnit: { kind: 'urban-district', cityClass: 'special' } }), '2019-03-15')).toMatchObject({ unitIneligible: true, wardCityClassIneligible: true, wardConvertedTooLongAgo: false });
    const converted = (on: string) => inWard({ parentUnit: { kind: 'provincial-city', cityClass: 'I' }, upgradedFromCommuneOn: on });
    expect(item(converted('2013-12-30'), '2019-03-15')).toMatchObject({ unitIneligible: true, wardCityClassIneligible: false, wardConvertedTooLongAgo: true });
    // A year of three digits is still a date: converted 1029 years before, not after.
    expect(item(converted('0990-06-01'), '2019-03-15')).toMatchObject({ wardConvertedTooLongAgo: true, ineligible: true });
  });

  it('2025: a commune is eligible in a province or a centrally-run city, whatever is known of the province', () => {
    expect(item(inWard({ unitType: 'commune', province: 'Hà Nội' }), '2025-11-10')).toMatchObject({ unitIneligible: false, eligible: true });
    expect(item(inWard({ unitType: 'commune' }, (d) => delete d.location.province), '2025-11-10')).toMatchObject({ missingProvince: undefined, eligible: true });
    expect(item(inWard({ unitType: 'commune', province: 'Tỉnh Hà Tây' }), '2025-11-10')).toMatchObject({ unknownProvince: undefined, eligible: true });
  });

  it('2025: a township is a unit the test does not speak of', () => {
    const township = inWard({ unitType: 'township', province: 'Hưng Yên' });
    expect(item(township, '2025-11-10')).toMatchObject({ unitNotInTest: true, unitIneligible: false, undetermined: true });
    expect(noted(township, '2025-11-10').missing).toEqual([{ path: 'beneficiaries[0].location.unitType', label }]);
  });

  it('2025: a ward with no province anywhere names the beneficiary’s province to supply', () => {
    const nowhere = inWard({}, (d) => delete d.location);
    expect(item(nowhere, '2025-11-10')).toMatchObject({ province: undefined, missingProvince: 'beneficiaries[0].location.province', undetermined: true });
    expect(noted(nowhere, '2025-11-10').missing).toEqual([{ path: 'beneficiaries[0].location.province', label }]);
  });

  it('2025: a province of its own the table does not know is named at the beneficiary', () => {
    expect(noted(inWard({ province: 'Tỉnh Hà Tây' }), '2025-11-10').missing).toEqual([{ path: 'beneficiaries[0].location.province', label }]);
  });

  it('judges by area only without a unit type, and says so', () => {
    expect(item(inWard({ area: 'rural' }), '2019-03-15')).toMatchObject({ placeByArea: false, area: undefined, areaPath: undefined });
    const nothing = exampleWith((d) => ((d.beneficiaries[0].location = { commune: 'X' }), delete d.location.area));
    expect(item(nothing, '2019-03-15')).toMatchObject({ placeByArea: false, area: undefined, missingArea: 'beneficiaries[0].location.area' });
  });

  it('on a date with no place test, judges a unit by its area', () => {
    expect(item(inWard({ area: 'rural' }), '2010-01-01')).toMatchObject({ unitType: 'ward', areaIneligible: true, unitIneligible: false, ineligible: true });
  });

  it('a beneficiary not judged by place carries no ground of place', () => {
    const cleaner = exampleWith((d) => (d.beneficiaries[0].cleanerProduction = true));
    expect(item(cleaner, '2019-03-15')).toMatchObject({ placeNotTied: true, areaIneligible: false, unitIneligible: false, missingArea: undefined, ineligible: false, eligible: true });
  });
});

describe('beneficiaryEligibility on the law of the date', () => {
  const item = (dossier: unknown, date: string) => compute('beneficiaryEligibility', dossier, date)[0];

  it('reads the size of an enterprise only', () => {
    expect(item(exampleWith((d) => (d.beneficiaries[0].size = 'large')), '2019-03-15')).toMatchObject({ size: undefined, sizeIneligible: false, eligible: true });
  });

  it('does not count cleaner production, nor ask for a size, on a date the legal data does not cover', () => {
    expect(item(exampleWith((d) => (d.beneficiaries[0].cleanerProduction = true)), '2010-01-01')).toMatchObject({ cleanerProduction: false, placeNotTied: false });
    expect(item(exampleWith((d) => (d.beneficiaries[0].kind = 'enterprise')), '2010-01-01')).toMatchObject({ missingSize: undefined, sizeIneligible: false, ineligible: true });
  });
});

describe('the place test of host legal data that leaves a list or number out', () => {
  /** A fact computed on the bundled legal data with the place test of `from` changed. */
  const onLegal = (dossier: unknown, date: string, from: string, change: (entries: any[], test: any) => void) => {
    const legal = structuredClone(LegalDataSchema.parse(BUNDLED_LEGAL_DATA));
    change(legal.entries, legal.entries.find((entry) => entry.key === 'beneficiaryPlaceTest' && entry.effectiveFrom === from)!.value);
    const context = { ...factContext(dossier, { asOf: '2025-11-20', referenceDate: date }), legal: indexLegalData(legal), noteUnknown: () => undefined };
    return (FACT_CATALOGUE.get('beneficiaryEligibility')!.compute(context, {}) as any[])[0];
  };
  const ward = (parentUnit: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    exampleWith((d) => (d.beneficiaries[0].location = { commune: 'Phường X', unitType: 'ward', parentUnit, ...extra }));

  it('2012 without district-level kinds: a ward of a town is judged by its class', () => {
    expect(onLegal(ward({ kind: 'town', cityClass: 'IV' }), '2019-03-15', '2012-07-05', (_entries, test) => delete test.parentUnitKinds)).toMatchObject({ wardCityClassIneligible: true });
  });

  it('2012 without a number of years: a converted ward of a class I city is judged by its class', () => {
    const converted = ward({ kind: 'provincial-city', cityClass: 'I' }, { upgradedFromCommuneOn: '2017-01-01' });
    expect(onLegal(converted, '2019-03-15', '2012-07-05', (_entries, test) => delete test.convertedWardYears)).toMatchObject({ wardCityClassIneligible: true, wardConvertedTooLongAgo: false });
  });

  it('2025 without centrally-run cities: a ward is undetermined, its province unknown', () => {
    const dossier = ward({}, { province: 'Hưng Yên' });
    const result = onLegal(dossier, '2025-11-10', '2025-10-15', (entries) => entries.splice(0, entries.length, ...entries.filter((entry) => entry.key !== 'centrallyRunCities')));
    expect(result).toMatchObject({ unknownProvince: 'Hưng Yên', undetermined: true });
  });
});

describe('undeterminedPaths', () => {
  it('names the beneficiary itself when no field explains why it is undetermined', () => {
    expect(undeterminedPaths({ path: 'beneficiaries[2]', unitNotInTest: false } as BeneficiaryEligibility, false)).toEqual(['beneficiaries[2]']);
  });
});

describe('doubleFundingRisks without beneficiaries', () => {
  it('is empty and notes nothing (beneficiaryCount notes the gap)', () => {
    expect(factRun('doubleFundingRisks', exampleWith((d) => delete d.beneficiaries))).toEqual({ value: [], missing: [] });
  });
});
