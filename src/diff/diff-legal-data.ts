import type { LegalData, LegalEntry } from '../schema/legal-data.js';
import type { ValueChange } from './diff-rule-sets.js';
import { jsonEqual } from './json.js';

/** What identifies a legal entry across versions: its key and the date it takes effect (absent = since always). */
export interface LegalEntryId {
  key: string;
  effectiveFrom?: string | undefined;
}

export type LegalEntryField = 'value' | 'effectiveTo' | 'source' | 'verified' | 'note';
export const LEGAL_ENTRY_FIELDS: readonly LegalEntryField[] = ['value', 'effectiveTo', 'source', 'verified', 'note'];

/** An entry present on both sides that differs: only the fields that changed are given. */
export interface LegalEntryChange extends LegalEntryId {
  fields: LegalEntryField[];
  value?: ValueChange<unknown>;
  effectiveTo?: ValueChange<string | undefined>;
  source?: ValueChange<string>;
  verified?: ValueChange<boolean>;
  note?: ValueChange<LegalEntry['note']>;
}

/** The result of {@link diffLegalData}. */
export interface LegalDataDiff {
  version: ValueChange<string>;
  /** Entries only in the new table (a changed `effectiveFrom` shows as one removed and one added). */
  added: LegalEntry[];
  removed: LegalEntry[];
  changed: LegalEntryChange[];
  /** Keys with entries only in the new table (a new legal fact), sorted. */
  keysAdded: string[];
  /** Keys left with no entry at all in the new table (a legal fact the rules can no longer read), sorted. */
  keysRemoved: string[];
}

/** The display name of an entry: `supportCap.demonstration-model@YYYY-MM-DD`, or `…` for an open start. */
export function legalEntryName(entry: LegalEntryId): string {
  return `${entry.key}@${entry.effectiveFrom ?? '…'}`;
}

function entryKey(entry: LegalEntryId): string {
  return JSON.stringify([entry.key, entry.effectiveFrom ?? null]);
}

function group(entries: readonly LegalEntry[]): Map<string, LegalEntry[]> {
  const groups = new Map<string, LegalEntry[]>();
  for (const entry of entries) {
    const key = entryKey(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups;
}

/**
 * Compares two legal-data tables. Entries are matched by (key, effectiveFrom);
 * a matched entry reports which of value, effectiveTo, source, verified and
 * note changed, with their values before and after. Values are compared as
 * JSON: key order never counts. Should one side list the same (key,
 * effectiveFrom) twice, those entries are matched in order.
 */
export function diffLegalData(before: LegalData, after: LegalData): LegalDataDiff {
  const oldGroups = group(before.entries);
  const used = new Map<string, number>();
  const added: LegalEntry[] = [];
  const changed: LegalEntryChange[] = [];
  for (const entry of after.entries) {
    const key = entryKey(entry);
    const index = used.get(key) ?? 0;
    const old = oldGroups.get(key)?.[index];
    if (!old) {
      added.push(entry);
      continue;
    }
    used.set(key, index + 1);
    const fields = LEGAL_ENTRY_FIELDS.filter((field) => !jsonEqual(old[field], entry[field]));
    if (fields.length === 0) continue;
    const change: LegalEntryChange = { key: entry.key, ...(entry.effectiveFrom !== undefined ? { effectiveFrom: entry.effectiveFrom } : {}), fields };
    for (const field of fields) Object.assign(change, { [field]: { before: old[field], after: entry[field] } });
    changed.push(change);
  }
  const removed: LegalEntry[] = [];
  for (const [key, entries] of oldGroups) removed.push(...entries.slice(used.get(key) ?? 0));
  // Keep the old table's order for removals.
  removed.sort((a, b) => before.entries.indexOf(a) - before.entries.indexOf(b));
  const oldKeys = new Set(before.entries.map((entry) => entry.key));
  const newKeys = new Set(after.entries.map((entry) => entry.key));
  return {
    version: { before: before.version, after: after.version },
    added,
    removed,
    changed,
    keysAdded: [...newKeys].filter((key) => !oldKeys.has(key)).sort(),
    keysRemoved: [...oldKeys].filter((key) => !newKeys.has(key)).sort(),
  };
}

/** Whether a legal-data diff holds any change at all (the version alone does not count). */
export function hasLegalDataChanges(diff: LegalDataDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length > 0;
}
