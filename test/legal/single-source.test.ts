import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_LEGAL_DATA } from '../../src/bundled-rules.js';
import { LegalDataSchema } from '../../src/schema/legal-data.js';
import { RULE_SET_FILES } from '../../scripts/rule-layout.js';

// Every dated legal fact lives in rules/legal-data.json alone, so that correcting it is a one-line change.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const legal = LegalDataSchema.parse(BUNDLED_LEGAL_DATA);

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(join(ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(directory, file));
}

const SCANNED = [...RULE_SET_FILES, ...filesUnder('src', '.ts'), 'docs/facts.md'];

/** The ways a legal date can be written: 2025-07-01, 01/07/2025, 1/7/2025. */
function dateForms(isoDate: string): string[] {
  const [year, month, day] = isoDate.split('-');
  return [isoDate, `${day}/${month}/${year}`, `${Number(day)}/${Number(month)}/${year}`];
}

/** The ways a VND figure can be written: 300000000, 300.000.000, 300,000,000. */
function moneyForms(amount: number): string[] {
  return [String(amount), amount.toLocaleString('de-DE'), amount.toLocaleString('en-US')];
}

const dates = [...new Set(legal.entries.flatMap((entry) => [entry.effectiveFrom, entry.effectiveTo].filter((date): date is string => !!date)))];
const amounts = [
  ...new Set(
    legal.entries.flatMap((entry) =>
      entry.value && typeof entry.value === 'object' && 'maxVnd' in entry.value ? [(entry.value as { maxVnd: number }).maxVnd] : [],
    ),
  ),
];

describe('legal dates and figures are written only in rules/legal-data.json', () => {
  it('finds the dates and amounts to look for', () => {
    expect(dates).toContain('2025-07-01');
    expect(dates).toContain('2025-10-15');
    expect(amounts).toEqual(expect.arrayContaining([200000000, 300000000, 500000000, 1000000000]));
  });

  it.each(SCANNED)('%s repeats none of them', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const found = [...dates.flatMap(dateForms), ...amounts.flatMap(moneyForms)].filter((form) => new RegExp(`(^|[^0-9.,/])${form.replace(/[.]/g, '\\.')}($|[^0-9])`).test(text));
    expect(found, `${file} should read these from the legal data`).toEqual([]);
  });
});
