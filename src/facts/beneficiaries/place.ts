import type { NormalizedDossier as Dossier } from '../../schema/normalize.js';
import type { BeneficiaryPlaceTest } from '../../schema/legal-values.js';
import type { EvaluationContext } from '../context.js';
import { legalCodes, legalValue } from '../legal/legal-value.js';
import { matchProvince } from '../legal/provinces.js';

type Beneficiary = NonNullable<Dossier['beneficiaries']>[number];

/** Where a beneficiary is, and how the place test of the reference date judges it. */
export interface PlaceJudgement {
  /** The commune-level unit type used, with the path it was read at. */
  unitType: string | undefined;
  unitPath: string | undefined;
  parentUnitKind: string | undefined;
  cityClass: string | undefined;
  /** The province used: the beneficiary's own, else the project's (as the dossier writes it). */
  province: string | undefined;
  /** The coarse area, read when no unit type is given. */
  area: string | undefined;
  areaPath: string | undefined;
  /** No unit type given: the place was judged by `area`, so the finer test could not be made. */
  placeByArea: boolean;
  /** Not judged by place: it applies cleaner production or is of a kind eligible wherever it is. */
  placeNotTied: boolean;
  /** Eligible as lying in a recognised craft village. */
  inRecognisedCraftVillage: boolean;
  areaIneligible: boolean;
  /** The unit type is not eligible (e.g. a ward of a special-class city under the 2012 test). */
  unitIneligible: boolean;
  wardOfCentrallyRunCity: boolean;
  wardCityClassIneligible: boolean;
  wardConvertedTooLongAgo: boolean;
  /** The place test of the date does not speak of this unit type (a special zone under the 2012 test). */
  unitNotInTest: boolean;
  missingArea: string | undefined;
  missingParentUnit: string | undefined;
  missingCityClass: string | undefined;
  missingUpgradeDate: string | undefined;
  missingProvince: string | undefined;
  /** The province name is not a province on the reference date. */
  unknownProvince: string | undefined;
  ineligible: boolean;
  undetermined: boolean;
}

type Place = NonNullable<Beneficiary['location']> | NonNullable<Dossier['location']>;

const NONE = {
  unitType: undefined,
  unitPath: undefined,
  parentUnitKind: undefined,
  cityClass: undefined,
  area: undefined,
  areaPath: undefined,
  placeByArea: false,
  placeNotTied: false,
  inRecognisedCraftVillage: false,
  areaIneligible: false,
  unitIneligible: false,
  wardOfCentrallyRunCity: false,
  wardCityClassIneligible: false,
  wardConvertedTooLongAgo: false,
  unitNotInTest: false,
  missingArea: undefined,
  missingParentUnit: undefined,
  missingCityClass: undefined,
  missingUpgradeDate: undefined,
  missingProvince: undefined,
  unknownProvince: undefined,
} as const;

type Outcome = Omit<PlaceJudgement, 'province' | 'ineligible' | 'undetermined' | 'unitType' | 'unitPath' | 'parentUnitKind' | 'cityClass' | 'area' | 'areaPath' | 'placeByArea' | 'placeNotTied'>;

/** Whether a list of the place test holds a value; a list the test does not give holds none. */
function holds(list: readonly string[] | undefined, value: string | undefined): boolean {
  return list?.some((item) => item === value) === true;
}

/** `date` plus whole `years`, as an ISO date string (ISO dates compare as strings). */
function yearsAfter(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * The day up to which a converted ward's years are counted. Thông tư 46/2012/TT-BCT Art. 3.1.đ counts
 * them "đến ngày 31 tháng 12 của năm trước liền kề với năm xây dựng kế hoạch"; a dossier does not state
 * the year its plan was drawn up, so the reference date's year stands for it.
 */
function convertedWardCutoff(referenceDate: string): string {
  // No padding: a place test is in force from 2012 (rules/legal-data.json), so the year has four digits.
  return `${Number(referenceDate.slice(0, 4)) - 1}-12-31`;
}

/** The 2012 test: districts, towns, townships, communes, wards of class II/III cities, and wards of class I cities converted within so many years. */
function test2012(test: BeneficiaryPlaceTest, place: Place, unitType: string, unitPath: string, referenceDate: string): Outcome {
  const base = `${unitPath.slice(0, -'.unitType'.length)}`;
  const parent = place.parentUnit;
  if (holds(test.unitTypes, unitType)) return { ...NONE };
  if (holds(test.parentUnitKinds, parent?.kind)) return { ...NONE };
  if (unitType !== 'ward') return { ...NONE, unitNotInTest: true };
  if (parent?.kind === undefined) return { ...NONE, missingParentUnit: `${base}.parentUnit.kind` };
  const cityClass = parent.cityClass;
  if (cityClass === undefined) return { ...NONE, missingCityClass: `${base}.parentUnit.cityClass` };
  if (holds(test.wardCityClasses, cityClass)) return { ...NONE };
  if (holds(test.convertedWardCityClasses, cityClass) && test.convertedWardYears !== undefined) {
    const converted = place.upgradedFromCommuneOn ?? undefined;
    if (converted === undefined) return { ...NONE, missingUpgradeDate: `${base}.upgradedFromCommuneOn` };
    return convertedWardCutoff(referenceDate) <= yearsAfter(converted, test.convertedWardYears) ? { ...NONE } : { ...NONE, unitIneligible: true, wardConvertedTooLongAgo: true };
  }
  return { ...NONE, unitIneligible: true, wardCityClassIneligible: true };
}

/** The 2025 test: communes, wards and special zones of provinces; communes and special zones of centrally-run cities; recognised craft villages. */
function test2025(context: EvaluationContext, test: BeneficiaryPlaceTest, unitType: string, province: string | undefined, provincePath: string): Outcome {
  const inProvinces = holds(test.unitTypesInProvinces, unitType);
  const inCities = holds(test.unitTypesInCentrallyRunCities, unitType);
  if (inProvinces && inCities) return { ...NONE };
  if (!inProvinces && !inCities) return { ...NONE, unitNotInTest: true };
  if (province === undefined) return { ...NONE, missingProvince: provincePath };
  const match = matchProvince(context, province);
  // Known only for a recognised province (ProvinceMatch): else the province is what is unknown.
  if (match.centrallyRun === undefined) return { ...NONE, unknownProvince: province };
  const eligible = match.centrallyRun ? inCities : inProvinces;
  return eligible ? { ...NONE } : { ...NONE, unitIneligible: true, wardOfCentrallyRunCity: match.centrallyRun };
}

/** Judges where one beneficiary is, by the place test in force on the reference date. */
export function judgePlace(context: EvaluationContext, beneficiary: Beneficiary, path: string, placeNotTied: boolean): PlaceJudgement {
  const own = beneficiary.location ?? undefined;
  const project = context.dossier.location ?? undefined;
  const province = own?.province ?? project?.province ?? undefined;
  const provincePath = `${path}.location.province`;
  // The beneficiary's own place when it gives a unit type or an area, else the project's.
  const ownGivesPlace = own?.unitType != null || own?.area != null;
  // No place at all reads as an empty one: every field absent.
  const place: Place = (ownGivesPlace ? own : project) ?? {};
  const prefix = ownGivesPlace ? `${path}.location` : 'location';
  const unitType = place.unitType;
  const area = place.area;
  const described = {
    unitType,
    unitPath: unitType !== undefined ? `${prefix}.unitType` : undefined,
    parentUnitKind: place.parentUnit?.kind,
    cityClass: place.parentUnit?.cityClass,
    province,
    area: unitType === undefined ? area : undefined,
    areaPath: unitType === undefined && area !== undefined ? `${prefix}.area` : undefined,
    placeByArea: unitType === undefined && area !== undefined,
    placeNotTied,
  };
  const finish = (outcome: Outcome): PlaceJudgement => {
    const judged = { ...outcome, ...described };
    const ineligible = judged.areaIneligible || judged.unitIneligible;
    const undetermined =
      !ineligible &&
      (judged.unitNotInTest ||
        [judged.missingArea, judged.missingParentUnit, judged.missingCityClass, judged.missingUpgradeDate, judged.missingProvince, judged.unknownProvince].some((field) => field !== undefined));
    return { ...judged, ineligible, undetermined };
  };
  if (placeNotTied) return finish({ ...NONE });
  const test = legalValue(context, 'beneficiaryPlaceTest');
  if (test?.recognisedCraftVillages === true && beneficiary.craftVillageRecognised === true) return finish({ ...NONE, inRecognisedCraftVillage: true });
  if (unitType !== undefined && test !== undefined) {
    const unitPath = `${prefix}.unitType`;
    return finish(test.unitTypesInProvinces !== undefined ? test2025(context, test, unitType, province, provincePath) : test2012(test, place, unitType, unitPath, context.referenceDate));
  }
  if (area !== undefined) return finish({ ...NONE, areaIneligible: !legalCodes(context, 'eligibleAreas').includes(area) });
  return finish({ ...NONE, missingArea: `${path}.location.area` });
}
