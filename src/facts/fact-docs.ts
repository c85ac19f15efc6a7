import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocalizedText } from '../i18n/locale.js';
import { FACT_CATALOGUE } from './catalogue.js';
import type { AnyFactDefinition } from './define.js';
import { factFileName } from './fact-file.js';

/*
 * The documentation of every catalogue fact, for docs/facts.md, the rule
 * pages and rule authors. Only the docs tooling and tests import this module
 * (it reads the source tree): evaluation never needs it, so the descriptions,
 * each a separate export beside its fact, stay out of browser bundles.
 */

/** A catalogue fact's module, as this module finds it. */
export interface FactSource {
  /** Its path from the repository root, e.g. `src/facts/funding/support-over-cap.ts`. */
  readonly file: string;
  readonly description: LocalizedText;
}

/** What a fact module exports. */
interface FactModule {
  readonly fact?: AnyFactDefinition;
  readonly description?: LocalizedText;
}

const FACTS_DIRECTORY = new URL('./', import.meta.url);

/** The topic folders of src/facts. */
export const FACT_TOPICS: readonly string[] = readdirSync(FACTS_DIRECTORY, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The one file named after the fact, in whichever topic folder holds it. */
function findFactFile(name: string): string {
  const file = factFileName(name);
  const topics = FACT_TOPICS.filter((topic) => existsSync(fileURLToPath(new URL(`${topic}/${file}`, FACTS_DIRECTORY))));
  if (topics.length !== 1) {
    throw new Error(`fact "${name}" must have exactly one file src/facts/<topic>/${file}; found ${topics.length}`);
  }
  return `${topics[0]}/${file}`;
}

async function loadFactSource(name: string, definition: AnyFactDefinition): Promise<FactSource> {
  const file = findFactFile(name);
  const module: FactModule = await import(new URL(file, FACTS_DIRECTORY).href);
  if (module.fact !== definition) throw new Error(`src/facts/${file} must export the catalogue fact "${name}" as \`fact\``);
  if (!module.description) throw new Error(`fact "${name}" has no description in src/facts/${file}`);
  return { file: `src/facts/${file}`, description: module.description };
}

/** Every catalogue fact's module, by fact name. */
export const FACT_SOURCES: ReadonlyMap<string, FactSource> = new Map(
  await Promise.all([...FACT_CATALOGUE].map(async ([name, definition]) => [name, await loadFactSource(name, definition)] as const)),
);

/** A catalogue fact's module; throws for a name the catalogue lacks. */
export function factSource(name: string): FactSource {
  const source = FACT_SOURCES.get(name);
  if (!source) throw new Error(`"${name}" is not a catalogue fact, so it has no file or description`);
  return source;
}

/** A catalogue fact's description; throws for a name the catalogue lacks. */
export function describeFact(name: string): LocalizedText {
  return factSource(name).description;
}
