import * as z from 'zod/mini';
import { phrase } from '../i18n/say.js';
import { IsoDateSchema } from './common.js';
import { CONTENT_TYPES } from './enums.js';
import { provinceKey } from '../facts/legal/provinces.js';
import { schemaError, sentence, type IssueDetail } from './issues.js';
import { SUPPORT_CAP_FIELDS } from './legal-values.js';

/*
 * Provincial cost norms (`khuyencong.local-norms/1`): the levels a province's People's Council
 * set for local khuyến công funds. National caps (the legal data) bind national funds only; a
 * local project is held to these. A host supplies them (evaluator option `localNorms`, or the
 * CLI's `--local-norms` files); nothing here is bundled, since no province's figures ship with
 * the library.
 */

/** The format tag every provincial norms document carries. */
export const LOCAL_NORMS_FORMAT = 'khuyencong.local-norms/1';

const CAP_KEYS = schemaError({ value: phrase('norms.capObject'), unknownKey: phrase('norms.capKeys') });

/** One content type's cap: the support-cap fields of the legal data, with no other key. */
const LocalCapSchema = z.strictObject(SUPPORT_CAP_FIELDS, { error: CAP_KEYS });

const CapsSchema = z
  .partialRecord(z.enum(CONTENT_TYPES), LocalCapSchema, {
    error: schemaError({ value: phrase('norms.caps'), unknownKey: phrase('norms.contentType', { values: CONTENT_TYPES.join(', ') }) }),
  })
  .check(
    z.superRefine((caps, context) => {
      if (Object.keys(caps).length === 0) context.issues.push({ code: 'custom', message: sentence('norms.caps'), input: caps });
    }),
  );

/** A non-blank string (checked, not trimmed: the document is used as given, so its fingerprint is the host's). */
const text = (id: 'norms.province' | 'norms.source') => z.string({ error: sentence(id) }).check(z.regex(/\S/, { error: sentence(id) }));

/**
 * One province's cost norms for a period: the resolution (`source`), whether its text was read
 * (`verified`), the days it is in force (`effectiveTo` null or absent: until further notice) and
 * a cap per content type. Unknown keys are rejected; dates must be real days, the end not
 * before the start.
 */
export const LocalNormsSchema = z
  .strictObject(
    {
      /** An editor hint, not content (left out of the fingerprint). */
      $schema: z.optional(z.string()),
      format: z.literal(LOCAL_NORMS_FORMAT, { error: sentence('norms.format') }),
      /** The province whose People's Council set the levels, as officials write it ("Hải Dương", "Tỉnh Hải Dương"). */
      province: text('norms.province'),
      /** The resolution that set them: "Nghị quyết 12/2023/NQ-HĐND tỉnh Hải Dương". */
      source: text('norms.source'),
      /** True only when the figures were read in the resolution itself. */
      verified: z.boolean({ error: sentence('norms.verified') }),
      /** The first day the levels apply: a real day, `YYYY-MM-DD`. */
      effectiveFrom: IsoDateSchema,
      /** The last day they apply; `null` or absent while in force. */
      effectiveTo: z.optional(z.nullable(IsoDateSchema)),
      /** The cap of each content type the resolution sets, keyed as the dossier's `contentType`. */
      caps: CapsSchema,
    },
    { error: schemaError({ value: phrase('norms.document'), unknownKey: phrase('norms.unknownField') }) },
  )
  .check(
    z.superRefine((norms, context) => {
      const { effectiveFrom: from, effectiveTo: to } = norms;
      if (typeof to === 'string' && to < from) {
        context.issues.push({ code: 'custom', message: sentence('norms.endsBeforeStart', { from }), input: to, path: ['effectiveTo'] });
      }
    }),
  );

/** A provincial norms document as a host writes it. */
export type LocalNormsInput = z.input<typeof LocalNormsSchema>;
/** A provincial norms document once checked. */
export type LocalNorms = z.output<typeof LocalNormsSchema>;

/** The days a document is in force, its open end read as the far future. */
function period(norms: LocalNorms): { from: string; to: string } {
  return { from: norms.effectiveFrom, to: norms.effectiveTo ?? '9999-12-31' };
}

/**
 * The documents that would both apply to one project: the same province (written alike once
 * "Tỉnh", case and diacritics are set aside, `provinceKey`), a content type in both, periods
 * sharing a day. Which one the People's Council meant cannot be told, so each is an issue at
 * the later document's `effectiveFrom`; `pathOf` names a document (`localNorms[1]`), `fieldPath` a
 * field of one (default `localNorms[1].effectiveFrom`).
 */
export function overlapIssues(
  list: readonly LocalNorms[],
  pathOf: (index: number) => string,
  fieldPath: (index: number, field: string) => string = (index, field) => `${pathOf(index)}.${field}`,
): IssueDetail[] {
  const issues: IssueDetail[] = [];
  list.forEach((norms, index) => {
    for (let other = 0; other < index; other += 1) {
      const earlier = list[other]!;
      if (provinceKey(earlier.province) !== provinceKey(norms.province)) continue;
      const a = period(norms);
      const b = period(earlier);
      if (a.from > b.to || b.from > a.to) continue;
      const contentType = Object.keys(norms.caps).find((type) => Object.hasOwn(earlier.caps, type));
      if (contentType === undefined) continue;
      issues.push({
        path: fieldPath(index, 'effectiveFrom'),
        code: 'overlapping_norms',
        words: phrase('norms.overlap', { other: pathOf(other), province: norms.province, contentType }),
      });
    }
  });
  return issues;
}

/** A list of provincial norms documents, as the evaluator option `localNorms` takes it. */
export const LocalNormsListSchema = z.array(LocalNormsSchema, { error: sentence('norms.list') });
