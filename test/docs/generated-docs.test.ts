import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFactsDoc } from '../../scripts/facts-doc.js';
import { buildRuleDocs } from '../../scripts/rule-docs.js';

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
});
