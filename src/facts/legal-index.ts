import type { LegalData, LegalEntry } from '../schema/legal-data.js';
import {
  LegalValueByFamilySchema,
  valueByFamily,
  type LegalFamily,
  type LegalValueByFamily,
  type LegalValues,
} from '../schema/legal-values.js';

/** A legal-data entry whose value has its family's type. */
export type TypedLegalEntry<Family extends LegalFamily> = Omit<LegalEntry, 'value'> & { readonly value: LegalValues[Family] };

/** Looks up dated legal facts: "what was the value of this key on this date?" */
export interface LegalIndex {
  readonly version: string;
  /** The entry for `key` in force on `isoDate`, or undefined when the table has none for that date. */
  entryOn(key: string, isoDate: string): LegalEntry | undefined;
  /**
   * The entry of a known key family in force on `isoDate`, its value typed by
   * the family's schema; `qualifier` picks a qualified key (`supportCap` +
   * `advanced-equipment` → `supportCap.advanced-equipment`).
   */
  typedEntryOn<Family extends LegalFamily>(family: Family, isoDate: string, qualifier?: string): TypedLegalEntry<Family> | undefined;
  /** All entries for `key`, oldest first. */
  history(key: string): readonly LegalEntry[];
}

/** An entry with its value read once, by its family's schema, when the table is indexed. */
interface IndexedEntry {
  readonly entry: LegalEntry;
  readonly typed: LegalValueByFamily;
}

function inForce(entry: LegalEntry, isoDate: string): boolean {
  // ISO calendar dates compare correctly as strings.
  return (!entry.effectiveFrom || entry.effectiveFrom <= isoDate) && (!entry.effectiveTo || isoDate <= entry.effectiveTo);
}

/**
 * Indexes a legal-data table parsed by `LegalDataSchema`, which has already
 * checked every value against its key's schema; reading the values here gives
 * them their types (and throws only for a table that skipped that check).
 */
export function indexLegalData(data: LegalData): LegalIndex {
  const byKey = new Map<string, IndexedEntry[]>();
  for (const entry of data.entries) {
    const list = byKey.get(entry.key) ?? [];
    list.push({ entry, typed: LegalValueByFamilySchema.parse(valueByFamily(entry)) });
    byKey.set(entry.key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => (a.entry.effectiveFrom ?? '').localeCompare(b.entry.effectiveFrom ?? ''));
  const indexedOn = (key: string, isoDate: string) => byKey.get(key)?.find(({ entry }) => inForce(entry, isoDate));
  return {
    version: data.version,
    entryOn: (key, isoDate) => indexedOn(key, isoDate)?.entry,
    typedEntryOn<Family extends LegalFamily>(family: Family, isoDate: string, qualifier?: string): TypedLegalEntry<Family> | undefined {
      const found = indexedOn(qualifier === undefined ? family : `${family}.${qualifier}`, isoDate);
      const value = found?.typed[family];
      return found && value !== undefined ? { ...found.entry, value } : undefined;
    },
    history: (key) => (byKey.get(key) ?? []).map(({ entry }) => entry),
  };
}
