import type { Locale } from '../i18n/locale.js';
import { OptionsError, type IssueDetail } from '../schema/errors.js';
import { overlapIssues, type LocalNorms } from '../schema/local-norms.js';
import { parseLocalNorms } from '../schema/parse-local-norms.js';

/** A norms file the CLI could not use: which file, and every problem in it (worded in any locale by `error`). */
export class LocalNormsFileError extends Error {
  constructor(
    readonly file: string,
    readonly error: OptionsError,
  ) {
    super(error.message);
  }
}

/** The documents of `--local-norms` files, in order, with where each came from (`file`, `file[1]`). */
export interface LoadedNormsFiles {
  readonly norms: LocalNorms[];
  readonly origins: string[];
}

/**
 * Reads each `--local-norms` file (one document or a list of them) and checks it with
 * `parseLocalNorms`. `read` reads a file as JSON and throws the CLI's own error when it cannot;
 * a file that is not norms throws {@link LocalNormsFileError}; documents of two files in force for
 * one province and content type on the same day throw `OptionsError` naming both files.
 */
export async function loadNormsFiles(
  files: readonly string[],
  read: (file: string) => Promise<unknown>,
  locale: Locale,
): Promise<LoadedNormsFiles> {
  const norms: LocalNorms[] = [];
  const origins: string[] = [];
  for (const file of files) {
    const input = await read(file);
    const parsed = parseLocalNorms(input, { label: file, locale });
    if (!parsed.success) throw new LocalNormsFileError(file, parsed.error);
    parsed.norms.forEach((document, index) => {
      norms.push(document);
      origins.push(Array.isArray(input) ? `${file}[${index}]` : file);
    });
  }
  // Two files may overlap: say which files, as the evaluator could only say localNorms[i].
  const overlaps = overlapIssues(norms, (index) => origins[index]!, (index, field) => `${origins[index]!}: ${field}`);
  if (overlaps.length > 0) throw new OptionsError(overlaps, locale);
  return { norms, origins };
}

/** An evaluator's error about `localNorms[i]` restated about the file the document came from (`hai-duong.json: province`). */
export function inNormsFiles(error: OptionsError, origins: readonly string[]): OptionsError {
  const details = error.details.map((detail): IssueDetail => {
    const match = /^localNorms\[(\d+)\]\.?(.*)$/.exec(detail.path);
    const origin = match ? origins[Number(match[1])] : undefined;
    return match && origin !== undefined ? { ...detail, path: `${origin}: ${match[2]}` } : detail;
  });
  return new OptionsError(details, error.locale);
}

