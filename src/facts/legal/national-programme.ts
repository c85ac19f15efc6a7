import type { LegalValues } from '../../schema/legal-values.js';
import type { EvaluationContext } from '../context.js';
import { legalValue } from './legal-value.js';

/** The national khuyến công programme in force when implementation starts; undefined without a start date. */
export function nationalProgrammeForPeriod(context: EvaluationContext): LegalValues['nationalProgramme'] | undefined {
  const start = context.dossier.period?.start;
  return start ? legalValue(context, 'nationalProgramme', { on: start }) : undefined;
}
