import type { NormalizedDossier } from '../schema/normalize.js';
import type { LegalIndex } from './legal-index.js';

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
  /** The values of the host's own facts, computed before the run (absent when the host declares none). */
  readonly hostFacts?: ReadonlyMap<string, unknown>;
}
