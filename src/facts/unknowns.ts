import type { EvaluationContext } from './context.js';

/**
 * A dossier datum a fact needed and did not find: absent data is never read as 0, `[]` or
 * `false`. A rule whose decision rests on a fact that noted one is `incomplete`, naming it.
 */
export interface UnknownDatum {
  /** The dossier path as people read it: `budget.lines[1].amount`. */
  readonly path: string;
  /** The item's own name (a budget line's `item`, a beneficiary's `name`), when it has one. */
  readonly label?: string;
  /**
   * The field of the fact's value the datum bears on (`counterpart` of `budgetFundingTotals`), when
   * not all of it: a condition on another field (`"path": "khuyenCong"`) is still decided.
   */
  readonly affects?: string;
}

/** Where a fact notes what it lacked; the runner gives each fact call its own. */
export type UnknownRecorder = (datum: UnknownDatum) => void;

/**
 * The value a fact needs, or `undefined` after noting its path when the dossier does not give it
 * (absent or `null`). Facts then leave the item out of what they decide rather than guess.
 */
export function needed<Value>(context: EvaluationContext, value: Value | null | undefined, path: string, label?: string): Value | undefined {
  if (value !== undefined && value !== null) return value;
  noteUnknown(context, path, label);
  return undefined;
}

/**
 * Notes a datum a fact needed and did not find (for facts that work out absence themselves).
 * A label that is only the item's place in the dossier (`budget.lines[1]`) is left out: the path says it.
 */
export function noteUnknown(context: EvaluationContext, path: string, label?: string, affects?: string): void {
  context.noteUnknown?.({ path, ...(label !== undefined && !path.startsWith(label) ? { label } : {}), ...(affects !== undefined ? { affects } : {}) });
}
