import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { CONTENT_TYPES } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { needed } from '../unknowns.js';

const FacilityRequirementSchema = z.strictObject({
  contentType: z.enum(CONTENT_TYPES),
  anyOf: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

/** The catalogue fact `facilityRequirementUnmet`. */
export const fact = defineFact({
  name: 'facilityRequirementUnmet',
  returns: 'object',
  params: FacilityRequirementSchema,
  compute: (context, params: z.infer<typeof FacilityRequirementSchema>) => {
    if (context.dossier.contentType !== params.contentType) return undefined;
    // No list is not "no premises": the requirement is undecided, not unmet.
    const facilities = needed(context, context.dossier.presidingUnit?.facilities, 'presidingUnit.facilities');
    if (facilities === undefined) return undefined;
    if (facilities.some((facility) => params.anyOf.includes(facility.trim()))) return undefined;
    return { contentType: params.contentType, anyOf: params.anyOf, facilities, path: 'presidingUnit.facilities' };
  },
});

/** What `facilityRequirementUnmet` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Yêu cầu về cơ sở vật chất chưa đáp ứng: khi nội dung đề án là params.contentType mà presidingUnit.facilities không có loại nào trong params.anyOf, trả về { contentType, anyOf, facilities, path }; không có nếu nội dung khác hoặc yêu cầu đã đáp ứng. Không có presidingUnit.facilities được ghi là thiếu số liệu (danh sách rỗng là không có cơ sở vật chất nào).',
  en: "An unmet premises requirement: when the project's content is params.contentType and presidingUnit.facilities has none of params.anyOf, { contentType, anyOf, facilities, path }; absent for other content or when the requirement is met. No presidingUnit.facilities is noted as lacking (an empty list means no premises).",
};
