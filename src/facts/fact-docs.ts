import type { LocalizedText } from '../i18n/locale.js';
import descriptions from './descriptions.json';

/**
 * The documentation of every catalogue fact, for docs/facts.md and rule
 * authors. Only the docs tooling and tests import this: evaluation never
 * needs it, so browser bundles leave it out.
 */
export const FACT_DESCRIPTIONS: Readonly<Record<string, LocalizedText>> = descriptions;

/** A catalogue fact's description; throws if the fact has none (a test keeps that from happening). */
export function describeFact(name: string): LocalizedText {
  const description = Object.hasOwn(FACT_DESCRIPTIONS, name) ? FACT_DESCRIPTIONS[name] : undefined;
  if (!description) throw new Error(`fact "${name}" has no description in src/facts/descriptions.json`);
  return description;
}
