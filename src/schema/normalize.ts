import type { Dossier } from './dossier.js';

/** `T` with every `null` removed, at any depth: what rules and facts see. */
export type WithoutNulls<T> = T extends readonly (infer Item)[]
  ? WithoutNulls<Item>[]
  : T extends object
    ? { [K in keyof T]?: WithoutNulls<Exclude<T[K], null>> }
    : Exclude<T, null>;

/** A validated dossier in which `null` fields have been removed (null means absent). */
export type NormalizedDossier = WithoutNulls<Dossier>;

/**
 * Removes object fields whose value is `null`, at any depth. The dossier format
 * defines `null` as "absent", so this changes no meaning; it only spares every
 * fact from testing for two kinds of emptiness.
 */
export function normalizeDossier(dossier: Dossier): NormalizedDossier {
  return stripNulls(dossier) as NormalizedDossier;
}

function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null) result[key] = stripNulls(field);
  }
  return result;
}
