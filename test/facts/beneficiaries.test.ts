import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { ARTISAN, URBAN_HOUSEHOLD, artisanAndUrbanHouseholdProject } from '../support/scenarios-l4.js';
import { describeFact } from '../../src/facts/fact-docs.js';
import { factValue } from '../support/fact-value.js';

function compute(name: string, dossier: unknown, referenceDate = '2023-12-28'): any {
  return factValue(name, dossier, { asOf: '2025-11-20', referenceDate });
}

describe.each(['beneficiaryEligibility', 'ineligibleBeneficiaries', 'doubleFundingRisks'])('%s', (name) => {
  it('is in the catalogue, takes no params and is described in both languages', () => {
    const fact = FACT_CATALOGUE.get(name)!;
    expect(fact.params).toBeUndefined();
    expect(describeFact(fact.name).vi.length).toBeGreaterThan(20);
    expect(describeFact(fact.name).en.length).toBeGreaterThan(20);
  });
});

describe('beneficiaryEligibility', () => {
  it('judges the example cooperative eligible in 2023, with its own area', () => {
    expect(compute('beneficiaryEligibility', exampleDossier())).toEqual([
      {
        label: 'Hợp tác xã bánh cáy Thái Phương',
        id: 'HTX-THAIPHUONG',
        kind: 'cooperative',
        area: 'rural',
        areaPath: 'beneficiaries[0].location.area',
        kindIneligible: false,
        areaIneligible: false,
        missingKind: undefined,
        missingArea: undefined,
        eligible: true,
        path: 'beneficiaries[0]',
      },
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
      eligible: false,
    });
    expect(items[1].label).toBe('beneficiaries[1]');
  });

  it('is empty without beneficiaries', () => {
    expect(compute('beneficiaryEligibility', exampleWith((d) => delete d.beneficiaries))).toEqual([]);
  });

  it('judges every beneficiary ineligible on a date the legal data does not cover', () => {
    expect(compute('beneficiaryEligibility', exampleDossier(), '2010-01-01')[0]).toMatchObject({ kindIneligible: true, areaIneligible: true, eligible: false });
  });
});

describe('ineligibleBeneficiaries', () => {
  it('keeps only the beneficiaries that are not eligible', () => {
    const dossier = artisanAndUrbanHouseholdProject((d) => {
      d.beneficiaries.push({ id: 'DN-01', name: 'Công ty TNHH Bạc Đồng Xâm', kind: 'enterprise' });
    });
    expect(compute('ineligibleBeneficiaries', dossier, '2025-10-14').map((item: any) => item.path)).toEqual(['beneficiaries[0]', 'beneficiaries[1]']);
    expect(compute('ineligibleBeneficiaries', dossier, '2025-10-15')).toEqual([]);
  });
});

describe('doubleFundingRisks', () => {
  it('labels each funded or undeclared beneficiary by name, else id, else place', () => {
    const dossier = exampleWith((d) => {
      d.beneficiaries[0].otherStateFunding = true;
      d.beneficiaries.push({ id: 'HKD-02' }, { otherStateFunding: false }, {});
    });
    expect(compute('doubleFundingRisks', dossier)).toEqual([
      { label: 'Hợp tác xã bánh cáy Thái Phương', id: 'HTX-THAIPHUONG', declared: true, funded: true, path: 'beneficiaries[0].otherStateFunding' },
      { label: 'HKD-02', id: 'HKD-02', declared: false, funded: false, path: 'beneficiaries[1].otherStateFunding' },
      { label: 'beneficiaries[3]', id: undefined, declared: false, funded: false, path: 'beneficiaries[3].otherStateFunding' },
    ]);
  });
});
