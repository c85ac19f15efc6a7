import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFactsDoc } from '../../scripts/facts-doc.js';
import { buildRuleDocs } from '../../scripts/rule-docs.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';

const docs = (path: string) => fileURLToPath(new URL(`../../docs/${path}`, import.meta.url));
const pages = buildRuleDocs();

describe('generated docs are current (run `npm run docs`)', () => {
  it('docs/facts.md', () => {
    expect(readFileSync(docs('facts.md'), 'utf8')).toBe(buildFactsDoc());
  });

  it('docs/rules/ has exactly one page per rule, and the index', () => {
    expect(readdirSync(docs('rules')).sort()).toEqual([...pages.keys()].sort());
  });

  it.each([...pages.keys()])('docs/rules/%s', (file) => {
    expect(readFileSync(docs(`rules/${file}`), 'utf8')).toBe(pages.get(file));
  });
});

describe('rule pages', () => {
  it('state the verification status of every legal reference', () => {
    const page = pages.get('L4-eligible-content.md')!;
    expect(page).toContain('| Nghị định 45/2012/NĐ-CP, Điều 4 | law | ✅ verified |');
    expect(page).toMatch(/Nghị định 235\/2025\/NĐ-CP.*\| law \| ⚠️ not verified \|/);
  });

  it('list parameters with their defaults', () => {
    expect(pages.get('L5-market-prices.md')).toMatch(/\| `minPriceQuotes` \| integer \(≥ 1\) \| `3` quotes \|/);
  });

  it('index every rule by lesson with its severity', () => {
    const index = pages.get('README.md')!;
    expect(index).toContain('| [L5-budget-arithmetic](L5-budget-arithmetic.md) | critical |');
    expect(index).toContain('## L3');
  });

  it('link to the rule\'s own JSON file and test file', () => {
    const page = pages.get('L5-market-prices.md')!;
    expect(page).toContain('[rules/L5/L5-market-prices.json](../../rules/L5/L5-market-prices.json)');
    expect(page).toContain('[test/rules/L5/L5-market-prices.test.ts](../../test/rules/L5/L5-market-prices.test.ts)');
  });

  it('list the facts the rule uses, each linked to its entry in docs/facts.md and its source file', () => {
    const page = pages.get('L5-market-prices.md')!;
    expect(page).toContain(
      '- [`equipmentLinesShortOfQuotes`](../facts.md#fact-equipmentlinesshortofquotes) — [src/facts/budget/equipment-lines-short-of-quotes.ts](../../src/facts/budget/equipment-lines-short-of-quotes.ts)',
    );
    expect(buildFactsDoc()).toContain('<a id="fact-equipmentlinesshortofquotes"></a>');
  });

  it.each([...pages.keys()])('docs/rules/%s links only to source files that exist', (file) => {
    const sources = [...pages.get(file)!.matchAll(/\]\(\.\.\/\.\.\/(src\/[^)]+)\)/g)].map((match) => match[1]!);
    expect(sources.filter((source) => !existsSync(fileURLToPath(new URL(`../../${source}`, import.meta.url))))).toEqual([]);
  });
});

describe('docs/facts.md', () => {
  it('links every catalogue fact to its source file', () => {
    const doc = buildFactsDoc();
    const links = [...doc.matchAll(/\[`([A-Za-z]+)`\]\(\.\.\/(src\/facts\/[^)]+)\)/g)].map((match) => [match[1]!, match[2]!] as const);
    expect(links.map(([name]) => name)).toEqual([...FACT_CATALOGUE.keys()]);
    for (const [, file] of links) expect(existsSync(fileURLToPath(new URL(`../../${file}`, import.meta.url))), file).toBe(true);
  });
});
