import type { Judgement } from '../../engine/judge.js';
import type { EvaluationContext } from '../../facts/context.js';
import type { RaisedWarning } from '../../facts/warnings.js';

/** What a warning producer may look at: the evaluation's context and every rule's judgement. */
export interface WarningInputs {
  readonly context: EvaluationContext;
  readonly judgements: readonly Judgement[];
}

/** Raises a warning (or none) from the whole evaluation; listed in WARNING_PRODUCERS. */
export type WarningProducer = (inputs: WarningInputs) => RaisedWarning | undefined;
