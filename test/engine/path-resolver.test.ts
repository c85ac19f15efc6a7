import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../src/engine/path-resolver.js';
import { exampleDossier } from '../support/dossiers.js';

describe('resolvePath', () => {
  const value = {
    title: 'Đề án',
    zero: 0,
    empty: '',
    nothing: null,
    presidingUnit: { staff: { technical: 12 } },
    budget: { lines: [{ amount: 380 }, { amount: 220, funding: { khuyenCong: 110 } }] },
    matrix: [[1, 2], [3, 4]],
  };

  it.each([
    ['title', 'Đề án'],
    ['zero', 0],
    ['empty', ''],
    ['nothing', null],
    ['presidingUnit.staff.technical', 12],
    ['presidingUnit.staff', { technical: 12 }],
    ['budget.lines.0.amount', 380],
    ['budget.lines.1.funding.khuyenCong', 110],
    ['matrix.1.0', 3],
  ])('resolves %s', (path, expected) => {
    expect(resolvePath(value, path)).toEqual(expected);
  });

  it('returns the value itself for the empty path', () => {
    expect(resolvePath(value, '')).toBe(value);
    expect(resolvePath(42, '')).toBe(42);
  });

  it.each([
    'missing',
    'presidingUnit.name',
    'presidingUnit.staff.technical.more',
    'budget.lines.2.amount',
    'budget.lines.-1.amount',
    'budget.lines.0.funding.khuyenCong',
    'nothing.deeper',
    'title.0',
    'title.length',
    'zero.x',
    'budget..lines',
    'budget.lines.',
  ])('returns undefined where %s leads nowhere', (path) => {
    expect(resolvePath(value, path)).toBeUndefined();
  });

  it('returns undefined below null, undefined and primitives', () => {
    expect(resolvePath(null, 'a')).toBeUndefined();
    expect(resolvePath(undefined, 'a')).toBeUndefined();
    expect(resolvePath('abc', 'length')).toBeUndefined();
    expect(resolvePath(5, 'toFixed')).toBeUndefined();
  });

  it('reads the spec example by dossier paths', () => {
    const dossier = exampleDossier();
    expect(resolvePath(dossier, 'engagements.0.party')).toBe('ministry-agency');
    expect(resolvePath(dossier, 'implementation.inspections.2.date')).toBe('2024-09-25');
    expect(resolvePath(dossier, 'presidingUnit.facilities.1')).toBe('training-hall');
  });

  describe('prototype safety', () => {
    it.each([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'constructor.prototype',
      'constructor.name',
      '__proto__.toString',
      'title.constructor',
      'budget.lines.constructor',
      'budget.lines.map',
      'budget.lines.0.__proto__',
    ])('gives undefined for %s on a plain object', (path) => {
      expect(resolvePath(value, path)).toBeUndefined();
    });

    it.each(['__proto__', '__proto__.x', 'constructor', 'constructor.prototype', 'toString'])(
      'gives undefined for %s on JSON.parse(\'{"__proto__": {"x": 1}}\')',
      (path) => {
        const parsed: unknown = JSON.parse('{"__proto__": {"x": 1}, "a": {"__proto__": {"y": 2}}}');
        // JSON.parse makes "__proto__" an own property: the path must still not follow it.
        expect(Object.hasOwn(parsed as object, '__proto__')).toBe(true);
        expect(resolvePath(parsed, path)).toBeUndefined();
        expect(resolvePath(parsed, `a.${path}`)).toBeUndefined();
      },
    );

    it('gives undefined for own properties named constructor or prototype too', () => {
      const tricky = { constructor: { prototype: { polluted: true } }, prototype: 1 };
      expect(resolvePath(tricky, 'constructor')).toBeUndefined();
      expect(resolvePath(tricky, 'constructor.prototype.polluted')).toBeUndefined();
      expect(resolvePath(tricky, 'prototype')).toBeUndefined();
    });

    it('follows ordinary own properties of an object without a prototype', () => {
      const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: { b: 1 } });
      expect(resolvePath(bare, 'a.b')).toBe(1);
      expect(resolvePath(bare, 'toString')).toBeUndefined();
    });

    it('does not modify Object.prototype', () => {
      resolvePath(JSON.parse('{"__proto__": {"polluted": 1}}'), '__proto__.polluted');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
