import { describe, expect, it } from 'vitest';
import { decide, leafUnknowns, type ConditionResultNode } from '../../src/engine/decided.js';
import type { UnknownDatum } from '../../src/facts/unknowns.js';

// The channels of a dossier whose third activity does not state its channel: the fact lists what
// it knows and notes the gap, as communicationChannels does.
const LACKING = new Map<string, readonly UnknownDatum[]>([['communicationChannels', [{ path: 'communication.activities[2].channel' }]]]);

function leaf(operator: string, factResult: unknown, result: boolean): ConditionResultNode {
  return { fact: 'communicationChannels', operator, value: 2, factResult, result };
}

function truth(node: ConditionResultNode) {
  const lacked = new Map<string, UnknownDatum>();
  return { truth: decide(node, LACKING, lacked), lacked: [...lacked.keys()] };
}

describe('decide: a list fact that lacked data', () => {
  it('is decided once a growing condition already holds on the known items', () => {
    expect(truth(leaf('sizeAtLeast', ['television', 'conference'], true))).toEqual({ truth: true, lacked: [] });
    expect(truth(leaf('containsAny', ['television'], true))).toEqual({ truth: true, lacked: [] });
    expect(truth(leaf('contains', ['television'], true))).toEqual({ truth: true, lacked: [] });
  });

  it('is unknown while a growing condition does not hold yet: the missing item may make it hold', () => {
    expect(truth(leaf('sizeAtLeast', ['television'], false))).toEqual({ truth: 'unknown', lacked: ['communication.activities[2].channel'] });
    expect(truth(leaf('containsAny', ['conference'], false))).toEqual({ truth: 'unknown', lacked: ['communication.activities[2].channel'] });
  });

  it('is decided once a shrinking condition already fails on the known items, unknown while it holds', () => {
    expect(truth(leaf('doesNotContain', ['television'], false))).toEqual({ truth: false, lacked: [] });
    expect(truth(leaf('not:sizeAtLeast', ['television', 'radio'], false))).toEqual({ truth: false, lacked: [] });
    expect(truth(leaf('doesNotContain', ['radio'], true)).truth).toBe('unknown');
  });

  it('is decided by isEmpty on a non-empty list, unknown on an empty one', () => {
    expect(truth(leaf('isEmpty', ['television'], false))).toEqual({ truth: false, lacked: [] });
    expect(truth(leaf('isEmpty', [], true)).truth).toBe('unknown');
  });

  it('is unknown for any other operator, whatever the engine made of the partial value', () => {
    expect(truth({ fact: 'communicationChannels', operator: 'equal', value: ['television'], factResult: ['television'], result: true }).truth).toBe('unknown');
  });

  it('lets a decided leaf decide an `all` whose other leaf is unknown', () => {
    const node: ConditionResultNode = { all: [leaf('sizeAtLeast', ['television'], false), { fact: 'stage', operator: 'equal', value: 'completed', factResult: 'proposal', result: false }] };
    expect(truth(node).truth).toBe(false);
  });
});

describe('decide: the tree', () => {
  const lacking = (truthValue: boolean): ConditionResultNode => leaf('sizeAtLeast', ['television'], truthValue);
  const decided = (result: boolean): ConditionResultNode => ({ fact: 'stage', operator: 'equal', value: 'completed', factResult: 'proposal', result });
  // A leaf json-rules-engine skipped (its siblings already decided): no `result`.
  const skipped: ConditionResultNode = { fact: 'communicationChannels', operator: 'sizeAtLeast', value: 2 };

  it('is undefined for no tree', () => {
    expect(truth(undefined as unknown as ConditionResultNode)).toEqual({ truth: undefined, lacked: [] });
  });

  it('reads `any` as true once a decided leaf is true, unknown while none is and one is unknown, else false', () => {
    expect(truth({ any: [lacking(false), decided(true)] })).toEqual({ truth: true, lacked: ['communication.activities[2].channel'] });
    expect(truth({ any: [lacking(false), decided(false)] }).truth).toBe('unknown');
    expect(truth({ any: [decided(false), decided(false)] }).truth).toBe(false);
  });

  it('reads `all` as true when every leaf is true, unknown when one is unknown and none false', () => {
    expect(truth({ all: [decided(true), decided(true)] }).truth).toBe(true);
    expect(truth({ all: [decided(true), lacking(false)] }).truth).toBe('unknown');
  });

  it('negates a decided `not`, keeps an unknown one unknown and a skipped one undefined', () => {
    expect(truth({ not: decided(true) }).truth).toBe(false);
    expect(truth({ not: decided(false) }).truth).toBe(true);
    expect(truth({ not: lacking(false) })).toEqual({ truth: 'unknown', lacked: ['communication.activities[2].channel'] });
    expect(truth({ not: skipped })).toEqual({ truth: undefined, lacked: [] });
  });

  it('leaves out skipped leaves, and what their fact lacked', () => {
    expect(truth(skipped)).toEqual({ truth: undefined, lacked: [] });
    expect(truth({ all: [decided(true), skipped] })).toEqual({ truth: true, lacked: [] });
    expect(truth({ any: [decided(false), skipped] })).toEqual({ truth: false, lacked: [] });
    expect(truth({ all: [skipped] })).toEqual({ truth: undefined, lacked: [] });
    expect(truth({ all: [] }).truth).toBeUndefined();
    expect(truth({ any: [] }).truth).toBeUndefined();
  });

  it('keeps the first datum noted for a path', () => {
    const unknowns = new Map<string, readonly UnknownDatum[]>([
      ['first', [{ path: 'budget.lines[0].amount', label: 'Máy ép' }]],
      ['second', [{ path: 'budget.lines[0].amount', label: 'other' }]],
    ]);
    const lacked = new Map<string, UnknownDatum>();
    const node: ConditionResultNode = {
      any: [
        { fact: 'first', operator: 'greaterThan', value: 0, factResult: 0, result: false },
        { fact: 'second', operator: 'greaterThan', value: 0, factResult: 0, result: false },
      ],
    };
    expect(decide(node, unknowns, lacked)).toBe('unknown');
    expect([...lacked.values()]).toEqual([{ path: 'budget.lines[0].amount', label: 'Máy ép' }]);
  });
});

describe('decide: the negated and shrinking list operators', () => {
  it('decides not:isEmpty on a non-empty list', () => {
    expect(truth(leaf('not:isEmpty', ['television'], true))).toEqual({ truth: true, lacked: [] });
  });

  it('decides not:containsAny and not:contains once they fail on the known items', () => {
    expect(truth(leaf('not:containsAny', ['television'], false))).toEqual({ truth: false, lacked: [] });
    expect(truth(leaf('not:contains', ['television'], false))).toEqual({ truth: false, lacked: [] });
  });

  it('does not decide on a fact value that is not a list', () => {
    expect(truth(leaf('contains', 'television', true)).truth).toBe('unknown');
    expect(truth(leaf('isEmpty', undefined, true)).truth).toBe('unknown');
  });
});

describe('leafUnknowns', () => {
  it('is empty for a node without a fact', () => {
    expect(leafUnknowns({ operator: 'equal', value: { fact: 'communicationChannels' }, result: true }, LACKING)).toEqual([]);
  });

  it('adds what a compared fact lacked', () => {
    const node: ConditionResultNode = { fact: 'stage', operator: 'equal', value: { fact: 'communicationChannels' }, factResult: 'x', result: true };
    expect(leafUnknowns(node, LACKING)).toEqual([{ path: 'communication.activities[2].channel' }]);
    expect(truth(node).truth).toBe('unknown');
  });

  it('reads the fact with the leaf’s params', () => {
    const unknowns = new Map<string, readonly UnknownDatum[]>([['engaged{"level":"commune"}', [{ path: 'engagements[0].level' }]]]);
    expect(leafUnknowns({ fact: 'engaged', params: { level: 'commune' }, operator: 'equal', value: true, result: true }, unknowns)).toEqual([{ path: 'engagements[0].level' }]);
    expect(leafUnknowns({ fact: 'engaged', params: { level: 'district' }, operator: 'equal', value: true, result: true }, unknowns)).toEqual([]);
  });

  describe('a dossier field read directly', () => {
    const field = (factResult: unknown, operator = 'equal', path: string | null = 'scope'): ConditionResultNode => ({
      fact: 'dossier',
      ...(path !== null ? { path } : {}),
      operator,
      value: operator === 'equal' ? 'local' : true,
      factResult,
      result: false,
    });
    const none = new Map<string, readonly UnknownDatum[]>();

    it('lacks the field when it is absent or null', () => {
      expect(leafUnknowns(field(undefined), none)).toEqual([{ path: 'scope' }]);
      expect(leafUnknowns(field(null), none)).toEqual([{ path: 'scope' }]);
      expect(leafUnknowns({ ...field(undefined), path: 'budget.lines.1.amount' }, none)).toEqual([{ path: 'budget.lines[1].amount' }]);
    });

    it('lacks nothing when the field is given', () => {
      expect(leafUnknowns(field('national'), none)).toEqual([]);
      expect(leafUnknowns(field(0), none)).toEqual([]);
    });

    it('lacks nothing for a presence test: absence is its answer', () => {
      expect(leafUnknowns(field(undefined, 'isPresent'), none)).toEqual([]);
      expect(leafUnknowns(field(null, 'not:isPresent'), none)).toEqual([]);
      expect(truth({ ...field(undefined, 'isPresent'), result: false }).truth).toBe(false);
      expect(truth({ ...field(undefined, 'not:isPresent'), result: true }).truth).toBe(true);
    });

    it('lacks nothing for the whole dossier (no path, or an empty one)', () => {
      expect(leafUnknowns(field(undefined, 'equal', null), none)).toEqual([]);
      expect(leafUnknowns(field(undefined, 'equal', ''), none)).toEqual([]);
    });

    it('is only the dossier fact: another fact with an absent value lacks only what it noted', () => {
      expect(leafUnknowns({ ...field(undefined), fact: 'budgetTotals', path: 'total' }, none)).toEqual([]);
      expect(truth({ ...field(undefined), fact: 'budgetTotals', path: 'total' }).truth).toBe(false);
    });
  });

  describe('data that bear on one field of the fact’s value', () => {
    const counterpart: UnknownDatum = { path: 'budget.lines[2].counterpart', affects: 'counterpart' };
    const whole: UnknownDatum = { path: 'budget.lines[3].amount' };
    const unknowns = new Map<string, readonly UnknownDatum[]>([['budgetFundingTotals', [counterpart, whole]]]);
    const on = (path: string | undefined) =>
      leafUnknowns({ fact: 'budgetFundingTotals', ...(path !== undefined ? { path } : {}), operator: 'greaterThan', value: 0, factResult: 1, result: true }, unknowns);

    it('count for a condition on that field, or on a field inside it', () => {
      expect(on('counterpart')).toEqual([counterpart, whole]);
      expect(on('counterpart.amount')).toEqual([counterpart, whole]);
    });

    it('do not count for a condition on another field', () => {
      expect(on('khuyenCong')).toEqual([whole]);
      expect(on('counterpartShare')).toEqual([whole]);
    });

    it('count for a condition on the whole value', () => {
      expect(on(undefined)).toEqual([counterpart, whole]);
      expect(on('')).toEqual([counterpart, whole]);
    });
  });
});
