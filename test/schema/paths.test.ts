import { describe, expect, it } from 'vitest';
import { displayPath, dossierPaths, formatPath, isDossierPath } from '../../src/schema/paths.js';
import { exampleDossier } from '../support/dossiers.js';

/** Every dotted path (`budget.lines.0.amount`) of every value in a JSON document, containers included. */
function dottedPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...dottedPaths(child, path)];
  });
}

describe('isDossierPath', () => {
  it.each([
    'title',
    'stage',
    'budget',
    'budget.lines',
    'budget.lines.0',
    'budget.lines.1.amount',
    'budget.lines.12.funding.khuyenCong',
    'presidingUnit.staff.technical',
    'presidingUnit.facilities.3',
    'presidingUnit.vocationalTraining.registrationCertificate.validUntil',
    'presidingUnit.vocationalTraining.registrationCertificate.occupations.0',
    'implementation.milestones.0.support.1',
    'communication.activities.2.channel',
    'beneficiaries.0.location.area',
  ])('accepts %s', (path) => {
    expect(isDossierPath(path)).toBe(true);
  });

  it.each([
    ['a misspelt field', 'aprovedOn'],
    ['a misspelt nested field', 'budget.lnes'],
    ['a list field without its index', 'budget.lines.amount'],
    ['an index on a non-list', 'budget.0'],
    ['an index on a text field', 'title.0'],
    ['a negative index', 'budget.lines.-1.amount'],
    ['a field below a leaf', 'title.length'],
    ['a field that is not in the item', 'beneficiaries.0.amount'],
    ['the empty path', ''],
    ['a trailing dot', 'budget.'],
    ['bracket notation', 'budget.lines[0].amount'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['an Object.prototype key below a field', 'budget.hasOwnProperty'],
  ])('rejects %s (%s)', (_name, path) => {
    expect(isDossierPath(path)).toBe(false);
  });

  it('accepts every path that occurs in the spec example', () => {
    const paths = dottedPaths(exampleDossier());
    expect(paths.length).toBeGreaterThan(200);
    expect(paths.filter((path) => !isDossierPath(path))).toEqual([]);
  });

  it('derives its paths from the schema, with [] for list items', () => {
    const paths = dossierPaths();
    expect(paths.has('budget.lines.[].amount')).toBe(true);
    expect(paths.has('presidingUnit.facilities.[]')).toBe(true);
    expect(paths.has('budget.lines.0.amount')).toBe(false);
    expect([...paths].every((path) => !path.startsWith('.') && !path.endsWith('.'))).toBe(true);
  });
});

describe('displayPath', () => {
  it.each([
    ['budget.lines.1.amount', 'budget.lines[1].amount'],
    ['beneficiaries.0', 'beneficiaries[0]'],
    ['implementation.milestones.10.support.2', 'implementation.milestones[10].support[2]'],
    ['title', 'title'],
    ['presidingUnit.staff.technical', 'presidingUnit.staff.technical'],
    ['0.name', '[0].name'],
    ['', '(dossier)'],
  ])('%s → %s', (dotted, shown) => {
    expect(displayPath(dotted)).toBe(shown);
  });

  it('keeps a segment that merely contains digits as a field name', () => {
    expect(displayPath('a1.b2')).toBe('a1.b2');
  });
});

describe('formatPath', () => {
  it.each([
    [['budget', 'lines', 1, 'amount'], 'budget.lines[1].amount'],
    [['title'], 'title'],
    [['beneficiaries', 0], 'beneficiaries[0]'],
    [['a', 0, 1, 'b'], 'a[0][1].b'],
    [[0, 'x'], '[0].x'],
    [[], '(dossier)'],
  ] as [PropertyKey[], string][])('%j → %s', (segments, shown) => {
    expect(formatPath(segments)).toBe(shown);
  });

  it('treats numeric strings as field names (only numbers are list indexes)', () => {
    expect(formatPath(['lines', '1'])).toBe('lines.1');
  });
});
