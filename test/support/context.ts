import { BUNDLED_LEGAL_DATA } from '../../src/bundled-rules.js';
import type { EvaluationContext } from '../../src/facts/context.js';
import { resolveReferenceDate } from '../../src/facts/dates.js';
import { indexLegalData } from '../../src/facts/legal-index.js';
import { LegalDataSchema } from '../../src/schema/legal-data.js';
import { validateDossier } from '../../src/schema/validate-dossier.js';

const LEGAL = indexLegalData(LegalDataSchema.parse(BUNDLED_LEGAL_DATA));

/**
 * The context a fact sees for one dossier, as an evaluation builds it: the
 * dossier validated, the bundled legal data, and the reference date given or
 * else resolved from the dossier's own dates.
 */
export function factContext(dossier: unknown, options: { asOf?: string; referenceDate?: string } = {}): EvaluationContext {
  const validation = validateDossier(dossier);
  if (!validation.success) throw validation.error;
  const asOf = options.asOf ?? '2024-12-01';
  const reference = resolveReferenceDate(validation.dossier, asOf, options.referenceDate);
  return {
    dossier: validation.dossier,
    asOf,
    referenceDate: reference.date,
    referenceDateSource: reference.source,
    legal: LEGAL,
  };
}
