// The real-world corpus of test/real-world/: each `<slug>.json` dossier with its `<slug>.source.json`
// sidecar, and how the corpus is evaluated. Shared by the corpus test and the generated section of
// docs/real-world.md, so the docs show exactly what CI checks.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createEvaluator, type Report } from '../src/index.js';
import { FINDING_STATUSES, WARNING_CODES } from '../src/schema/report.js';

export const CORPUS_DIR = fileURLToPath(new URL('../test/real-world/', import.meta.url));

/**
 * The evaluation date of every corpus run. Fixed, so a report does not change with the day CI runs;
 * a dossier whose source gives no usable date is evaluated on it (and says so: reference-date-defaulted).
 */
export const CORPUS_AS_OF = '2026-12-01';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const ExpectationSchema = z.strictObject({
  rule: z.string().min(1),
  status: z.enum(FINDING_STATUSES),
  why: z.string().min(10),
});

export const SidecarSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  alsoUrls: z.optional(z.array(z.url({ protocol: /^https?$/ }))),
  title: z.string().min(1),
  publisher: z.string().min(1),
  publishedOn: z.nullable(IsoDate),
  retrievedVia: z.string().min(1),
  /** The date whose law applies, or null when the source does not let it be determined. */
  referenceDate: z.nullable(IsoDate),
  referenceDateBasis: z.string().min(10),
  /** Other reference dates the expectations must also hold on (a date the source leaves open). */
  alsoAt: z.optional(z.array(IsoDate)),
  facts: z.array(z.strictObject({ field: z.string().min(1), source: z.string().min(1) })).min(1),
  notStated: z.array(z.string().min(1)),
  cannotHold: z.array(z.string().min(1)),
  expectations: z.array(ExpectationSchema).min(1),
  /** Report warnings every run must carry. */
  expectedWarnings: z.optional(z.array(z.enum(WARNING_CODES))),
});

export type Sidecar = z.infer<typeof SidecarSchema>;

export interface CorpusEntry {
  readonly slug: string;
  readonly dossier: unknown;
  readonly sidecar: Sidecar;
}

/** The slugs that have a dossier, and those that have a sidecar: the corpus test holds them equal. */
export function corpusFiles(): { dossiers: string[]; sidecars: string[] } {
  const files = readdirSync(CORPUS_DIR);
  const sidecars = files.filter((file) => file.endsWith('.source.json')).map((file) => file.slice(0, -'.source.json'.length));
  const dossiers = files.filter((file) => file.endsWith('.json') && !file.endsWith('.source.json')).map((file) => file.slice(0, -'.json'.length));
  return { dossiers: dossiers.sort(), sidecars: sidecars.sort() };
}

/** Every entry of the corpus, in slug order; a sidecar that breaks its schema throws. */
export function loadCorpus(): CorpusEntry[] {
  return corpusFiles().dossiers.map((slug) => ({
    slug,
    dossier: JSON.parse(readFileSync(`${CORPUS_DIR}${slug}.json`, 'utf8')) as unknown,
    sidecar: SidecarSchema.parse(JSON.parse(readFileSync(`${CORPUS_DIR}${slug}.source.json`, 'utf8'))),
  }));
}

/** The reference dates an entry is evaluated on: its own (or the default, when it has none), then `alsoAt`. */
export function corpusRunDates(sidecar: Sidecar): (string | null)[] {
  return [sidecar.referenceDate, ...(sidecar.alsoAt ?? [])];
}

const evaluator = createEvaluator({ locale: 'en' });

/** One evaluation of an entry: on a given reference date, or on the library's default when `null`. */
export function evaluateEntry(entry: CorpusEntry, referenceDate: string | null): Promise<Report> {
  return evaluator.evaluate(entry.dossier, { asOf: CORPUS_AS_OF, ...(referenceDate !== null ? { referenceDate } : {}) });
}
