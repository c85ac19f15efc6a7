import type { LocalNorms } from '../schema/local-norms.js';
import type { NormalizedDossier } from '../schema/normalize.js';
import type { LegalIndex } from './legal-index.js';
import type { UnknownRecorder } from './unknowns.js';
import type { WarningRecorder } from './warnings.js';

/** Where the reference date came from, in the order they are tried. */
export type ReferenceDateSource = 'option' | 'approvedOn' | 'submittedOn' | 'period.start' | 'asOf';

/** Everything a fact may depend on: the dossier, the two dates and the legal data. */
export interface EvaluationContext {
  readonly dossier: NormalizedDossier;
  /** The evaluation date, ISO `YYYY-MM-DD`: "judge as if today were this date". */
  readonly asOf: string;
  /** The date whose law applies, ISO `YYYY-MM-DD`. */
  readonly referenceDate: string;
  readonly referenceDateSource: ReferenceDateSource;
  readonly legal: LegalIndex;
  /** The provincial cost norms the host supplied (evaluator option `localNorms`); absent or empty when none. */
  readonly localNorms?: readonly LocalNorms[];
  /** The values of the host's own facts, computed before the run (absent when the host declares none). */
  readonly hostFacts?: ReadonlyMap<string, unknown>;
  /**
   * Notes a dossier datum the fact being computed needed and did not find. Set by the runner for
   * each fact call; facts note through `needed` / `noteUnknown` (src/facts/unknowns.ts).
   */
  readonly noteUnknown?: UnknownRecorder;
  /** Raises a report warning from a fact (`raiseWarning`, src/facts/warnings.ts); set by the runner. */
  readonly raiseWarning?: WarningRecorder;
}
