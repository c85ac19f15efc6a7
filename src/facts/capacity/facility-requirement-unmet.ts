import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { CONTENT_TYPES } from '../../schema/enums.js';
import { defineFact } from '../define.js';

const FacilityRequirementSchema = z.strictObject({
  contentType: z.enum(CONTENT_TYPES),
  anyOf: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

/** The catalogue fact `facilityRequirementUnmet`. */
export const fact = defineFact({
  name: 'facilityRequirementUnmet',
  params: FacilityRequirementSchema,
  compute: (context, params: z.infer<typeof FacilityRequirementSchema>) => {
    if (context.dossier.contentType !== params.contentType) return undefined;
    const facilities = context.dossier.presidingUnit?.facilities ?? [];
    if (facilities.some((facility) => params.anyOf.includes(facility.trim()))) return undefined;
    return { contentType: params.contentType, anyOf: params.anyOf, facilities, path: 'presidingUnit.facilities' };
  },
});

/** What `facilityRequirementUnmet` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Yêu cầu về cơ sở vật chất chưa đáp ứng: khi nội dung đề án là params.contentType mà presidingUnit.facilities không có loại nào trong params.anyOf, trả về { contentType, anyOf, facilities, path }; không có nếu nội dung khác hoặc yêu cầu đã đáp ứng.',
  en: "An unmet premises requirement: when the project's content is params.contentType and presidingUnit.facilities has none of params.anyOf, { contentType, anyOf, facilities, path }; absent for other content or when the requirement is met.",
};
