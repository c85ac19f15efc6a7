import type { MessageParams } from '../i18n/say.js';
import type { WarningCode } from '../schema/report.js';
import type { EvaluationContext } from './context.js';

/** A warning raised while computing a report, before it is worded (`warning.<code>` in the catalogue). */
export interface RaisedWarning {
  readonly code: WarningCode;
  /** The values its sentence names. */
  readonly params?: MessageParams;
}

/** Where a fact raises a warning; the runner collects them for the report. */
export type WarningRecorder = (warning: RaisedWarning) => void;

/**
 * Raises a report warning from inside a fact or a legal lookup (e.g. a province the legal data
 * does not know): the report carries it once, whichever rules asked the fact.
 */
export function raiseWarning(context: EvaluationContext, code: WarningCode, params?: MessageParams): void {
  context.raiseWarning?.({ code, ...(params ? { params } : {}) });
}
