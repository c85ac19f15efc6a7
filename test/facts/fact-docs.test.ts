import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { describeFact, FACT_SOURCES, FACT_TOPICS, factSource } from '../../src/facts/fact-docs.js';
import { factFileName } from '../../src/facts/fact-file.js';

const FACTS = new URL('../../src/facts/', import.meta.url);

/** Every module in the topic folders: the facts' files and the helpers they share. */
const TOPIC_FILES = FACT_TOPICS.flatMap((topic) =>
  readdirSync(new URL(`${topic}/`, FACTS)).filter((file) => file.endsWith('.ts')).map((file) => `${topic}/${file}`),
);

describe('fact documentation (beside each fact, in src/facts/<topic>/<fact-name>.ts)', () => {
  it.each([...FACT_CATALOGUE.keys()])('describes %s in Vietnamese and English', (name) => {
    const { vi, en } = describeFact(name);
    expect(vi.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
  });

  it('describes no fact that the catalogue lacks', () => {
    expect([...FACT_SOURCES.keys()].filter((name) => !FACT_CATALOGUE.has(name))).toEqual([]);
  });

  it('throws for a fact without a description', () => {
    expect(() => describeFact('noSuchFact')).toThrow(/not a catalogue fact/);
  });
});

describe('one fact per file', () => {
  it.each([...FACT_CATALOGUE.keys()])('%s is in its own file, named after it', (name) => {
    expect(factSource(name).file).toMatch(new RegExp(`^src/facts/[a-z]+/${factFileName(name).replace('.', '\\.')}$`));
  });

  it('names files in kebab-case after the fact', () => {
    expect(factFileName('supportOverCap')).toBe('support-over-cap.ts');
    expect(factFileName('asOf')).toBe('as-of.ts');
  });

  it.each(TOPIC_FILES)('src/facts/%s is a catalogue fact with its description, or a helper that defines none', async (file) => {
    const module: { fact?: { name: string }; description?: unknown } = await import(new URL(file, FACTS).href);
    if (module.fact) {
      expect(FACT_CATALOGUE.get(module.fact.name)).toBe(module.fact);
      expect(file.endsWith(`/${factFileName(module.fact.name)}`)).toBe(true);
      expect(module.description).toBeDefined();
    } else {
      expect(module.description).toBeUndefined();
      // A helper must not take a name that leads to a fact.
      const stem = file.split('/')[1];
      expect([...FACT_CATALOGUE.keys()].map(factFileName)).not.toContain(stem);
    }
  });
});
