import * as z from 'zod/mini';
import { sentence } from './issues.js';

/*
 * What the value of each legal-data key is. A key may carry a qualifier
 * (`supportCap.advanced-equipment`); the part before the dot, its family,
 * decides the value's schema. Keys of no family listed here are accepted
 * as they are (a host's legal data may carry keys only its own rules read).
 *
 * Objects are loose so that a field the library does not read passes through
 * as it always has: these schemas check what facts rely on, nothing more.
 */

/** What a support cap counts: each establishment (beneficiary), or the whole project as one demonstration model. */
export const SUPPORT_CAP_UNITS = ['establishment', 'model'] as const;
export type SupportCapUnit = (typeof SUPPORT_CAP_UNITS)[number];

const PERCENT = sentence('cap.percent');
const NON_NEGATIVE_VND = sentence('cap.maxVnd');
const MULTIPLIER = sentence('cap.multiplier');

/**
 * The fields of a support cap, one definition for the national caps of the legal data and the
 * provincial norms (src/schema/local-norms.ts), so the facts read one type whatever its origin.
 * `per` is closed: the cap check can count only establishments or a model; a cap per learner or
 * per day would need another check, not a silent reading as "per establishment".
 */
export const SUPPORT_CAP_FIELDS = {
  /** The highest share of the equipment cost khuyến công may pay, in percent. */
  percent: z.number({ error: PERCENT }).check(z.minimum(0, { error: PERCENT }), z.maximum(100, { error: PERCENT })),
  /** The most it may pay, in VND. */
  maxVnd: z.number({ error: NON_NEGATIVE_VND }).check(z.minimum(0, { error: NON_NEGATIVE_VND })),
  /** What the cap counts: `model` (the whole project is one demonstration model), else each establishment. */
  per: z.enum(SUPPORT_CAP_UNITS, { error: sentence('cap.per', { values: SUPPORT_CAP_UNITS.join(', ') }) }),
  /** How much higher the cap is for a whole technology line, when the law allows that. */
  technologyLineMultiplier: z.optional(z.number({ error: MULTIPLIER }).check(z.minimum(1, { error: MULTIPLIER }))),
};

/** A support cap (`supportCap.<content type>`): a share of the cost, up to an amount, per establishment or per model. */
export const SupportCapSchema = z.looseObject(SUPPORT_CAP_FIELDS);

/** A support cap as the legal data gives it. */
export type SupportCap = z.output<typeof SupportCapSchema>;

const codes = () => z.optional(z.array(z.string()));

/**
 * Where a rural industrial establishment may be (`beneficiaryPlaceTest`), in the terms of the
 * dossier's `unitType`, `parentUnit.kind` and `parentUnit.cityClass`. The 2012 form names unit
 * types eligible anywhere, district-level units within which every unit is eligible, and the
 * classes of city whose wards are (or, for wards converted from communes, were within so many
 * years); the 2025 form names the unit types eligible in provinces and in centrally-run cities,
 * and whether recognised craft villages are eligible wherever they are.
 */
export const BeneficiaryPlaceTestSchema = z.looseObject({
  unitTypes: z.optional(z.array(z.string())),
  parentUnitKinds: z.optional(z.array(z.string())),
  wardCityClasses: z.optional(z.array(z.string())),
  convertedWardCityClasses: z.optional(z.array(z.string())),
  convertedWardYears: z.optional(z.int().check(z.minimum(1))),
  unitTypesInProvinces: z.optional(z.array(z.string())),
  unitTypesInCentrallyRunCities: z.optional(z.array(z.string())),
  recognisedCraftVillages: z.optional(z.boolean()),
});

/** The place test as the legal data gives it. */
export type BeneficiaryPlaceTest = z.output<typeof BeneficiaryPlaceTestSchema>;

/**
 * The schema of each legal-data key family's value, optional so that one
 * entry, read as `{ [family]: value }`, names only its own family.
 */
const LEGAL_VALUE_SCHEMAS = {
  ministryAgencyName: z.optional(z.string()),
  districtLevel: z.optional(z.boolean()),
  /** Former province → the province it was merged into. */
  provinceMergers: z.optional(z.record(z.string(), z.string())),
  contentTypes: codes(),
  nationalProgramme: z.optional(z.looseObject({ decision: z.string(), period: z.string() })),
  eligibleBeneficiaryKinds: codes(),
  eligibleAreas: codes(),
  /** The sizes of enterprise that may benefit (small and medium, micro included). */
  eligibleEnterpriseSizes: codes(),
  /** Kinds eligible wherever they are (and whatever their size). */
  placeFreeBeneficiaryKinds: codes(),
  /** Establishments applying cleaner production are beneficiaries wherever they are. */
  cleanerProductionBeneficiaries: z.optional(z.boolean()),
  beneficiaryPlaceTest: z.optional(BeneficiaryPlaceTestSchema),
  /** The provinces and centrally-run cities, by the names the table uses. */
  provinces: codes(),
  centrallyRunCities: codes(),
  /** The legal data covers this date (its first entry's start is where the table begins). */
  legalCoverage: z.optional(z.boolean()),
  priorityOwnership: codes(),
  supportCap: z.optional(SupportCapSchema),
  learnersPerInstructorLimit: z.optional(z.number()),
};

/** A legal-data key family with a known value: the key itself, or the part before its `.qualifier`. */
export type LegalFamily = keyof typeof LEGAL_VALUE_SCHEMAS;

/** The value of each legal-data key family. */
export type LegalValues = { [Family in LegalFamily]: Exclude<z.output<(typeof LEGAL_VALUE_SCHEMAS)[Family]>, undefined> };

/** One entry's value, under its family's name (no property when the family is not one this module knows). */
export type LegalValueByFamily = { [Family in LegalFamily]?: LegalValues[Family] };

/** Reads `{ [family]: value }`: checks the value of a known family, drops any other. */
export const LegalValueByFamilySchema = z.object(LEGAL_VALUE_SCHEMAS);

/** The family of a legal-data key: `supportCap.advanced-equipment` → `supportCap`. */
function legalFamilyOf(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}

/** `{ [family]: value }` for one entry, the form {@link LegalValueByFamilySchema} reads. */
export function valueByFamily(entry: { key: string; value: unknown }): Record<string, unknown> {
  return { [legalFamilyOf(entry.key)]: entry.value };
}
