import { describe, expect, it } from 'vitest';
import { decide, type ConditionResultNode } from '../../src/engine/decided.js';
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
