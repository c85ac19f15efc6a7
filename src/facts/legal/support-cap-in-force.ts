import type { SupportCap } from '../../schema/legal-values.js';
import type { EvaluationContext } from '../context.js';
import { legalEntry } from './legal-value.js';

/** The support cap for the dossier's content type on the reference date, with the entry's source and whether it is verified. */
export type SupportCapInForce = SupportCap & { source: string; verified: boolean };

/** The cap the `supportCap` fact gives and the funding facts check against; undefined when no cap applies. */
export function supportCapInForce(context: EvaluationContext): SupportCapInForce | undefined {
  const contentType = context.dossier.contentType;
  const entry = contentType ? legalEntry(context, 'supportCap', { qualifier: contentType }) : undefined;
  if (!entry) return undefined;
  return { ...entry.value, source: entry.source, verified: entry.verified };
}
