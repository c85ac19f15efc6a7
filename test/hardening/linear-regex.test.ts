import { describe, expect, it } from 'vitest';
import { citesDecision } from '../../src/facts/alignment/decision-citation.js';
import { provinceKey } from '../../src/facts/legal/provinces.js';
import { parseTemplate, renderTemplate, tidySentence } from '../../src/i18n/template.js';
import { safeEvaluate } from '../../src/index.js';
import { exampleDossier } from '../support/dossiers.js';

/*
 * Issue 10: the tidy-up of rendered messages was quadratic on runs of spaces or commas (a 100 KB
 * presidingUnit.name of commas took 126 s). These tests assert outputs on 200 KB runs; they do not
 * time anything — the regexes are linear by construction (docs/limits.md) and the generous timeout
 * is only there so a regression fails rather than hangs.
 */

const RUN = 200_000;
const LONG = 60_000;

describe('regexes that see dossier text are linear', () => {
  it('tidySentence on 200 KB runs of commas, spaces and both', { timeout: LONG }, () => {
    expect(tidySentence(','.repeat(RUN))).toBe(','.repeat(RUN));
    expect(tidySentence(`a${' '.repeat(RUN)}b`)).toBe('a b');
    expect(tidySentence(`a${', '.repeat(RUN / 2)}b`)).toBe(`a${','.repeat(RUN / 2)} b`);
    expect(tidySentence(`${','.repeat(RUN)}.`)).toBe('.');
    expect(tidySentence(`a${' '.repeat(RUN)}.`)).toBe('a.');
    expect(tidySentence(`(${' '.repeat(RUN)}a)`)).toBe('(a)');
  });

  it('tidySentence keeps its meaning on short sentences', () => {
    expect(tidySentence('  Thiếu  báo giá , ;. ( xem mục 2 ) ')).toBe('Thiếu báo giá. (xem mục 2)');
    expect(tidySentence('a ,; b')).toBe('a; b');
  });

  it('a rendered template with a 200 KB run in a value', { timeout: LONG }, () => {
    const nodes = parseTemplate('Đơn vị {{name}}.');
    expect(renderTemplate(nodes, { name: ','.repeat(RUN) }, 'vi')).toBe('Đơn vị.');
    expect(renderTemplate(nodes, { name: ' '.repeat(RUN) }, 'vi')).toBe('Đơn vị.');
  });

  it('a template tag full of spaces parses (the placeholder regex)', { timeout: LONG }, () => {
    const spaces = ' '.repeat(RUN);
    expect(parseTemplate(`{{${spaces}name${spaces}}}`)).toEqual([{ kind: 'value', path: 'name' }]);
    expect(() => parseTemplate(`{{${spaces}a${spaces}b}}`)).toThrow();
    expect(parseTemplate(`{{n | plural:quote:quotes }}`)).toEqual([{ kind: 'value', path: 'n', formatter: 'plural', args: ['quote', 'quotes'] }]);
  });

  it('province names and decision citations with long runs of spaces', { timeout: LONG }, () => {
    expect(provinceKey(`Tỉnh${' '.repeat(RUN)}Thái${' '.repeat(RUN)}Bình`)).toBe('thai binh');
    expect(provinceKey(`Bà Rịa${' '.repeat(RUN)}x`)).toBe('ba ria x');
    expect(provinceKey('Bà Rịa  –  Vũng Tàu')).toBe('ba ria - vung tau');
    expect(provinceKey('constructor')).toBe('constructor');
    expect(citesDecision(`Quyết định số 1881${' '.repeat(RUN)}/ QĐ-TTg`, '1881/QĐ-TTg')).toBe(true);
  });

  it('a dossier whose presidingUnit.name is 100,000 commas is evaluated', { timeout: LONG }, async () => {
    const dossier = exampleDossier() as { presidingUnit?: { name?: string } };
    dossier.presidingUnit = { ...dossier.presidingUnit, name: ','.repeat(100_000) };
    const outcome = await safeEvaluate(dossier, { asOf: '2024-12-01' });
    expect(outcome.success).toBe(true);
  });
});
