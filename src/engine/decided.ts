import type { UnknownDatum } from '../facts/unknowns.js';
import { displayPath } from '../schema/path-format.js';
import { factReference } from './conditions.js';
import { factCallKey } from './fact-memo.js';

/** A condition's outcome once what its facts lacked is taken into account. */
export type Truth = true | false | 'unknown';

/** A node of the tree of condition results json-rules-engine returns. */
export interface ConditionResultNode {
  all?: ConditionResultNode[];
  any?: ConditionResultNode[];
  not?: ConditionResultNode;
  fact?: string;
  path?: string;
  operator?: string;
  params?: Record<string, unknown>;
  value?: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

/** What the facts of one evaluated leaf lacked: its own fact's and a compared fact's. */
export function leafUnknowns(node: ConditionResultNode, unknowns: ReadonlyMap<string, readonly UnknownDatum[]>): UnknownDatum[] {
  if (node.fact === undefined) return [];
  if (absentDossierField(node)) return [{ path: displayPath(node.path) }];
  const own = bearingOn(unknowns.get(factCallKey(node.fact, node.params)), node.path);
  const compared = factReference(node.value);
  return compared ? [...own, ...bearingOn(unknowns.get(factCallKey(compared.fact, undefined)), compared.path)] : own;
}

/** Operators that ask whether a datum is given: for them absence is the answer, not a gap. (Typed to take a leaf's possibly absent operator.) */
const PRESENCE_OPERATORS: ReadonlySet<string | undefined> = new Set(['isPresent', 'not:isPresent']);

/**
 * A condition that reads a dossier field directly (`"fact": "dossier", "path": "scope"`) and finds
 * it absent or null compares nothing: `"scope" equal "national"` on a dossier that does not state
 * its scope is unknown, not false. Only presence tests decide on absence.
 */
function absentDossierField(node: ConditionResultNode): node is ConditionResultNode & { path: string } {
  return node.fact === 'dossier' && node.path !== undefined && node.path !== '' && (node.factResult === undefined || node.factResult === null) && !PRESENCE_OPERATORS.has(node.operator);
}

/** The data a condition on `path` of a fact's value depends on: all but those that bear on another field. */
function bearingOn(data: readonly UnknownDatum[] | undefined, path: string | undefined): UnknownDatum[] {
  const field = path?.split('.')[0];
  return (data ?? []).filter((datum) => datum.affects === undefined || field === undefined || field === '' || datum.affects === field);
}

/** Operators on a list that can only turn from false to true as items are added. */
const GROWING_TRUE: ReadonlySet<string | undefined> = new Set(['sizeAtLeast', 'containsAny', 'contains']);
/** Their negations, and `doesNotContain`: they can only turn from true to false as items are added. */
const GROWING_FALSE: ReadonlySet<string | undefined> = new Set(['not:sizeAtLeast', 'not:containsAny', 'not:contains', 'doesNotContain']);

/**
 * A list fact lists only the items its known data decides (a line whose quotes are stated, a group
 * whose every figure is given, a channel an activity names), and supplying data can only add
 * items. So once the list is not empty, `isEmpty` (or `not:isEmpty`) is decided whatever the fact
 * lacked elsewhere; and a list that already has enough items (`sizeAtLeast`) or already holds a
 * wanted one (`containsAny`, `contains`) stays so, as the negations stay false.
 */
function listedDecides(node: ConditionResultNode): boolean {
  if (!Array.isArray(node.factResult)) return false;
  const { operator } = node;
  if (operator === 'isEmpty' || operator === 'not:isEmpty') return node.factResult.length > 0;
  return (GROWING_TRUE.has(operator) && node.result === true) || (GROWING_FALSE.has(operator) && node.result === false);
}

/**
 * Kleene's three-valued reading of the engine's result tree: a leaf whose fact lacked data is
 * unknown, whatever the engine made of the partial value; `all` is false as soon as one decided
 * leaf is false, `any` true as soon as one is true. Leaves the engine skipped (no `result`)
 * do not count: their siblings already decided. What the unknown leaves lacked is added to `lacked`.
 */
export function decide(node: ConditionResultNode | undefined, unknowns: ReadonlyMap<string, readonly UnknownDatum[]>, lacked: Map<string, UnknownDatum>): Truth | undefined {
  if (!node) return undefined;
  const combine = (children: ConditionResultNode[], decisive: boolean): Truth | undefined => {
    const truths = children.map((child) => decide(child, unknowns, lacked)).filter((truth) => truth !== undefined);
    if (truths.length === 0) return undefined;
    if (truths.includes(decisive)) return decisive;
    return truths.includes('unknown') ? 'unknown' : !decisive;
  };
  if (node.all) return combine(node.all, false);
  if (node.any) return combine(node.any, true);
  if (node.not) {
    const inner = decide(node.not, unknowns, lacked);
    return inner === undefined || inner === 'unknown' ? inner : !inner;
  }
  if (node.result === undefined) return undefined;
  const data = leafUnknowns(node, unknowns);
  if (data.length === 0 || listedDecides(node)) return node.result;
  for (const datum of data) if (!lacked.has(datum.path)) lacked.set(datum.path, datum);
  return 'unknown';
}
