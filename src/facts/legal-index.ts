import type { LegalData, LegalEntry } from '../schema/legal-data.js';

/** Looks up dated legal facts: "what was the value of this key on this date?" */
export interface LegalIndex {
  readonly version: string;
  /** The entry for `key` in force on `isoDate`, or undefined when the table has none for that date. */
  entryOn(key: string, isoDate: string): LegalEntry | undefined;
  /** All entries for `key`, oldest first. */
  history(key: string): readonly LegalEntry[];
}

function inForce(entry: LegalEntry, isoDate: string): boolean {
  // ISO calendar dates compare correctly as strings.
  return (!entry.effectiveFrom || entry.effectiveFrom <= isoDate) && (!entry.effectiveTo || isoDate <= entry.effectiveTo);
}

export function indexLegalData(data: LegalData): LegalIndex {
  const byKey = new Map<string, LegalEntry[]>();
  for (const entry of data.entries) {
    const list = byKey.get(entry.key) ?? [];
    list.push(entry);
    byKey.set(entry.key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''));
  return {
    version: data.version,
    entryOn: (key, isoDate) => byKey.get(key)?.find((entry) => inForce(entry, isoDate)),
    history: (key) => byKey.get(key) ?? [],
  };
}
