import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { DossierSchema } from './dossier.js';
import { DossierValidationError } from './errors.js';
import { describeIssues } from './issues.js';
import { normalizeDossier, type NormalizedDossier } from './normalize.js';

export type DossierValidationResult =
  | { success: true; dossier: NormalizedDossier }
  | { success: false; error: DossierValidationError };

/**
 * Checks a dossier against the `khuyencong.dossier/1` format without evaluating it.
 * Missing fields are fine (a draft is a valid dossier); present but malformed
 * ones are reported with their path, in the requested locale.
 */
export function validateDossier(input: unknown, options: { locale?: Locale } = {}): DossierValidationResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const parsed = DossierSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { success: true, dossier: normalizeDossier(parsed.data) };
  return { success: false, error: new DossierValidationError(describeIssues(parsed.error.issues), locale) };
}
