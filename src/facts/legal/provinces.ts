import { legalCodes, legalValue, type LegalLookupContext } from './legal-value.js';

/** A province name as a dossier gives it, matched against the provinces of the reference date. */
export interface ProvinceMatch {
  /** The name as the dossier writes it. */
  readonly given: string;
  /** The province's name in the legal data on the reference date; undefined when the name is not recognised. */
  readonly name: string | undefined;
  /** The name the dossier used when that province has since been merged or renamed (the table's spelling). */
  readonly formerName: string | undefined;
  /** Whether the name is a province on the reference date (directly or through the merger table); undefined when the table lists no provinces for that date. */
  readonly recognised: boolean | undefined;
  /** Whether that province is a centrally-run city on the reference date; undefined when not recognised or not known. */
  readonly centrallyRun: boolean | undefined;
}

/** Ways officials abbreviate Hồ Chí Minh City, after the prefix is removed and the name folded. */
const SPELLINGS: Readonly<Record<string, string>> = { hcm: 'ho chi minh', 'ho chi minh city': 'ho chi minh' };

/**
 * The comparison key of a province name: Unicode-normalised, without diacritics (so "Hoà" and
 * "Hòa", NFC and NFD compare equal), in lower case, with one kind of dash and single spaces, and
 * without the prefix "Tỉnh", "Thành phố", "TP." or "TP".
 */
export function provinceKey(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    // Runs of spaces collapse first, so `\s*-\s*` only ever meets single spaces: linear (docs/limits.md).
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, ' - ')
    .trim()
    .replace(/^(tinh|thanh pho|tp\.?)\s*/u, '')
    .trim();
  // Own keys only: a province called "constructor" is not Object's constructor.
  return Object.hasOwn(SPELLINGS, folded) ? SPELLINGS[folded]! : folded;
}

/** The first name of `names` with the same key as `key`. */
function byKey(names: readonly string[], key: string): string | undefined {
  return names.find((name) => provinceKey(name) === key);
}

/** Matches a province name against the provinces, mergers and centrally-run cities of the reference date. */
export function matchProvince(context: LegalLookupContext, given: string): ProvinceMatch {
  const provinces = legalValue(context, 'provinces');
  const mergers = legalValue(context, 'provinceMergers') ?? {};
  const cities = legalValue(context, 'centrallyRunCities');
  const key = provinceKey(given);
  const former = byKey(Object.keys(mergers), key);
  const successor = former !== undefined ? mergers[former] : undefined;
  const name = successor ?? (provinces ? byKey(provinces, key) : undefined);
  const recognised = provinces === undefined ? (successor !== undefined ? true : undefined) : name !== undefined && byKey(provinces, provinceKey(name)) !== undefined;
  const centrallyRun = recognised && name !== undefined && cities !== undefined ? byKey(cities, provinceKey(name)) !== undefined : undefined;
  return { given, name: recognised === false ? undefined : name, formerName: successor !== undefined ? former : undefined, recognised, centrallyRun };
}

/** The list of provinces in force on the reference date (empty when the table has none). */
export function provincesInForce(context: LegalLookupContext): string[] {
  return legalCodes(context, 'provinces');
}
