import { phrase } from '../i18n/say.js';
import type { IssueDetail } from './issues.js';
import { LIMITS, type LimitName } from './limits.js';
import { formatPath } from './path-format.js';

/*
 * An input is read once, here, into plain data before any schema sees it: own enumerable
 * properties only, each read guarded, so no getter, Proxy trap or revoked Proxy can throw out
 * of the library, and no later read can see a different value. The walk enforces the size
 * limits as it goes and stops at the first one exceeded, so it is linear in the input read.
 */

/** The size limits of one kind of input. */
export interface SnapshotLimits {
  readonly depth: number;
  readonly depthLimit: LimitName;
  readonly listItems: number;
  readonly stringLength: number;
  /** The estimated serialized size, or undefined for no total limit. */
  readonly inputSize?: number;
}

export const DOSSIER_LIMITS: SnapshotLimits = {
  depth: LIMITS.depth,
  depthLimit: 'depth',
  listItems: LIMITS.listItems,
  stringLength: LIMITS.stringLength,
  inputSize: LIMITS.inputSize,
};

export const RULE_SET_LIMITS: SnapshotLimits = {
  depth: LIMITS.ruleSetDepth,
  depthLimit: 'ruleSetDepth',
  listItems: LIMITS.listItems,
  stringLength: LIMITS.stringLength,
  inputSize: LIMITS.inputSize,
};

export interface Snapshot {
  /** The input as plain objects, arrays and primitives (other values, e.g. a function or a BigInt, are kept as they are for the schema to reject). */
  readonly value: unknown;
  /** What could not be read, or exceeded a limit; empty when the whole input was read. */
  readonly issues: readonly IssueDetail[];
}

class Stop extends Error {}

/** Reads `input` into plain data within `limits`; `rootLabel` names the root in issue paths. */
export function snapshot(input: unknown, limits: SnapshotLimits = DOSSIER_LIMITS, rootLabel?: string): Snapshot {
  const issues: IssueDetail[] = [];
  let size = 0;
  const fail = (segments: readonly PropertyKey[], code: string, limit: LimitName | undefined, id: Parameters<typeof phrase>[0], params = {}) => {
    issues.push({ path: formatPath(segments, rootLabel), code, words: phrase(id, params), ...(limit ? { limit } : {}) });
  };
  const grow = (amount: number, segments: readonly PropertyKey[]) => {
    size += amount;
    if (limits.inputSize !== undefined && size > limits.inputSize) {
      fail(segments, 'too_large', 'inputSize', 'issue.inputTooLarge', { limit: limits.inputSize });
      throw new Stop();
    }
  };

  function read(value: unknown, segments: PropertyKey[]): unknown {
    if (typeof value === 'string') {
      if (value.length > limits.stringLength) {
        fail(segments, 'too_long', 'stringLength', 'issue.stringTooLong', { limit: limits.stringLength, length: value.length });
        return '';
      }
      grow(value.length + 2, segments);
      return value;
    }
    grow(8, segments);
    if (value === null || typeof value !== 'object') return value;
    if (segments.length >= limits.depth) {
      fail(segments, 'too_deep', limits.depthLimit, 'issue.tooDeep', { limit: limits.depth, name: limits.depthLimit });
      return null;
    }
    try {
      if (Array.isArray(value)) return readList(value, segments);
      return readObject(value, segments);
    } catch (error) {
      if (error instanceof Stop) throw error;
      fail(segments, 'unreadable', undefined, 'issue.unreadable');
      return undefined;
    }
  }

  function readList(list: readonly unknown[], segments: PropertyKey[]): unknown[] {
    const length = list.length;
    if (length > limits.listItems) {
      fail(segments, 'too_many_items', 'listItems', 'issue.tooManyItems', { limit: limits.listItems, count: length });
      return [];
    }
    const copy: unknown[] = [];
    for (let index = 0; index < length; index += 1) copy.push(readProperty(list, index, segments));
    return copy;
  }

  function readObject(object: object, segments: PropertyKey[]): Record<string, unknown> {
    const keys = Object.keys(object);
    if (keys.length > limits.listItems) {
      fail(segments, 'too_many_items', 'listItems', 'issue.tooManyItems', { limit: limits.listItems, count: keys.length });
      return {};
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      grow(key.length + 3, segments);
      // defineProperty, not assignment: a key `__proto__` stays a plain (rejected) field, never a prototype.
      Object.defineProperty(copy, key, { value: readProperty(object, key, segments), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }

  function readProperty(holder: object, key: string | number, segments: PropertyKey[]): unknown {
    const at = [...segments, key];
    let value: unknown;
    try {
      value = (holder as Record<PropertyKey, unknown>)[key];
    } catch {
      fail(at, 'unreadable', undefined, 'issue.unreadable');
      return undefined;
    }
    return read(value, at);
  }

  try {
    return { value: read(input, []), issues };
  } catch (error) {
    if (error instanceof Stop) return { value: undefined, issues };
    throw error;
  }
}
