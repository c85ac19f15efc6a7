import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { RESULT_FIELDS, type ResultField } from '../../schema/dossier.js';
import { CONTENT_TYPES, type ContentType } from '../../schema/enums.js';
import type { EvaluationContext } from '../context.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';

/** A result to record: one field, or a list of fields any one of which will do (capacity or revenue). */
const RequirementSchema = z.union([z.enum(RESULT_FIELDS), z.array(z.enum(RESULT_FIELDS)).check(z.minLength(2))]);
const RequirementsSchema = z.array(RequirementSchema);

/**
 * Which results a completed project records, as the rule's data says: `always` for every content
 * type, then the content type's own list in `byContentType`, or `otherwise` for a type not listed.
 */
const ParamsSchema = z.strictObject({
  always: RequirementsSchema,
  byContentType: z.partialRecord(z.enum(CONTENT_TYPES), RequirementsSchema),
  otherwise: RequirementsSchema,
});
type Params = z.infer<typeof ParamsSchema>;
type Requirement = z.infer<typeof RequirementSchema>;

/** A result the record lacks: its field's path, and the fields that would do instead. */
interface UnrecordedResult {
  path: string;
  alternatives: string[];
}

const pathOf = (field: ResultField) => `results.${field}`;

function requirementsFor(context: EvaluationContext, params: Params): Requirement[] {
  const contentType: ContentType | undefined = context.dossier.contentType;
  // Without the content type only the results every project records can be asked for; the rest is not known.
  if (contentType === undefined) {
    noteUnknown(context, 'contentType');
    return params.always;
  }
  return [...params.always, ...(params.byContentType[contentType] ?? params.otherwise)];
}

/** The catalogue fact `acceptanceResults`. */
export const fact = defineFact({
  name: 'acceptanceResults',
  returns: 'object',
  params: ParamsSchema,
  compute: (context, params: Params) => {
    const results = context.dossier.results;
    const recorded: string[] = [];
    const unrecorded: UnrecordedResult[] = [];
    for (const requirement of requirementsFor(context, params)) {
      const fields = typeof requirement === 'string' ? [requirement] : requirement;
      // 0 jobs, a fall in revenue and equipment not in operation are results; only absence is not.
      const given = fields.find((field) => results?.[field] !== undefined);
      if (given) recorded.push(pathOf(given));
      else unrecorded.push({ path: pathOf(fields[0]!), alternatives: fields.slice(1).map(pathOf) });
    }
    return { section: results !== undefined, reportedOn: results?.reportedOn, recorded, unrecorded };
  },
});

/** What `acceptanceResults` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các kết quả nghiệm thu (results) mà đề án đã hoàn thành cần ghi, theo params: always (mọi nội dung), byContentType (theo contentType), otherwise (nội dung không có trong byContentType); một yêu cầu là một trường, hoặc danh sách trường chỉ cần ghi một (ví dụ capacityIncreasePercent hoặc revenueIncreasePercent). Giá trị: { section (hồ sơ có mục results), reportedOn, recorded (đường dẫn các kết quả đã ghi), unrecorded (mỗi mục: path, alternatives) }. Giá trị 0, false hay số âm là kết quả đã ghi; chỉ trường vắng mặt là chưa ghi. Thiếu contentType: chỉ xét các yêu cầu always và ghi contentType là thiếu số liệu.',
  en: 'The acceptance results (results) a completed project must record, as params say: always (every content type), byContentType (by contentType), otherwise (a content type not in byContentType); a requirement is one field, or a list of fields of which one will do (e.g. capacityIncreasePercent or revenueIncreasePercent). Value: { section (the dossier has a results section), reportedOn, recorded (paths of the results recorded), unrecorded (each: path, alternatives) }. 0, false or a negative figure is a recorded result; only an absent field is unrecorded. Without contentType only the always requirements are checked, and contentType is noted as lacking.',
};
