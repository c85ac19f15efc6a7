import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale.js';
import { DossierSchema } from './dossier.js';
import { DossierValidationError } from './errors.js';
import { describeIssues } from './issues.js';
import { normalizeDossier, type NormalizedDossier } from './normalize.js';
import { DOSSIER_LIMITS, snapshot } from './snapshot.js';

export type DossierValidationResult =
  | { success: true; dossier: NormalizedDossier }
  | { success: false; error: DossierValidationError };

/**
 * Checks a dossier against the `khuyencong.dossier/1` format without evaluating it.
 * Missing fields are fine (a draft is a valid dossier); present but malformed
 * ones are reported with their path, in the requested locale. Never throws, whatever
 * `input` is: a value that cannot be read (a throwing getter, a revoked Proxy) or that
 * exceeds a size limit (`LIMITS`, docs/limits.md) is reported as an issue too.
 */
export function validateDossier(input: unknown, options: { locale?: Locale } = {}): DossierValidationResult {
  let locale: Locale = DEFAULT_LOCALE;
  try {
    const chosen = options?.locale;
    if (isLocale(chosen)) locale = chosen;
  } catch {
    // Unreadable options: the default locale.
  }
  const read = snapshot(input, DOSSIER_LIMITS);
  if (read.issues.length > 0) return { success: false, error: new DossierValidationError(read.issues, locale) };
  const parsed = DossierSchema.safeParse(read.value, { reportInput: true });
  if (parsed.success) return { success: true, dossier: normalizeDossier(parsed.data) };
  return { success: false, error: new DossierValidationError(describeIssues(parsed.error.issues), locale) };
}
