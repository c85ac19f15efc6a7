import * as z from 'zod/mini';
import { CONTENT_TYPES } from '../schema/enums.js';
import { defineFact } from './define.js';

const FacilityRequirementSchema = z.strictObject({
  contentType: z.enum(CONTENT_TYPES),
  anyOf: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

/** Facts about the implementing unit's capacity (lesson 3). */
/** numerator / denominator, or undefined when either is missing or the denominator is not positive. */
function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  if (numerator === undefined || denominator === undefined || denominator <= 0) return undefined;
  return numerator / denominator;
}

export const capacityFacts = [
  defineFact({
    name: 'trainingCertificate',
    description: {
      vi: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp của đơn vị chủ trì (presidingUnit.vocationalTraining.registrationCertificate): { number, issuedBy, issuedOn, validUntil, occupations }; không có nếu hồ sơ không ghi.',
      en: "The presiding unit's vocational-training registration certificate (presidingUnit.vocationalTraining.registrationCertificate): { number, issuedBy, issuedOn, validUntil, occupations }; absent when the dossier records none.",
    },
    compute: (context) => context.dossier.presidingUnit?.vocationalTraining?.registrationCertificate,
  }),
  defineFact({
    name: 'facilityRequirementUnmet',
    description: {
      vi: 'Yêu cầu về cơ sở vật chất chưa đáp ứng: khi nội dung đề án là params.contentType mà presidingUnit.facilities không có loại nào trong params.anyOf, trả về { contentType, anyOf, facilities, path }; không có nếu nội dung khác hoặc yêu cầu đã đáp ứng.',
      en: "An unmet premises requirement: when the project's content is params.contentType and presidingUnit.facilities has none of params.anyOf, { contentType, anyOf, facilities, path }; absent for other content or when the requirement is met.",
    },
    params: FacilityRequirementSchema,
    compute: (context, params: z.infer<typeof FacilityRequirementSchema>) => {
      if (context.dossier.contentType !== params.contentType) return undefined;
      const facilities = context.dossier.presidingUnit?.facilities ?? [];
      if (facilities.some((facility) => params.anyOf.includes(facility.trim()))) return undefined;
      return { contentType: params.contentType, anyOf: params.anyOf, facilities, path: 'presidingUnit.facilities' };
    },
  }),
  defineFact({
    name: 'learnersPerInstructor',
    description: {
      vi: 'Số học viên bình quân trên một giáo viên: presidingUnit.vocationalTraining.trainees / instructors; không có nếu thiếu một trong hai số hoặc số giáo viên là 0 (không chia cho 0).',
      en: 'The average number of trainees per instructor: presidingUnit.vocationalTraining.trainees / instructors; absent when either count is missing or there are no instructors (no division by zero).',
    },
    compute: (context) => {
      const training = context.dossier.presidingUnit?.vocationalTraining;
      return ratio(training?.trainees, training?.instructors);
    },
  }),
  defineFact({
    name: 'delayedProjectShare',
    description: {
      vi: 'Tỷ lệ đề án bị chậm trong số đề án đơn vị chủ trì đã hoàn thành: trackRecord.projectsDelayed / projectsCompleted (0,25 là 25%); không có nếu thiếu một trong hai số hoặc chưa hoàn thành đề án nào.',
      en: "The share of delayed projects among those the presiding unit completed: trackRecord.projectsDelayed / projectsCompleted (0.25 is 25%); absent when either count is missing or no project was completed.",
    },
    compute: (context) => {
      const record = context.dossier.presidingUnit?.trackRecord;
      return ratio(record?.projectsDelayed, record?.projectsCompleted);
    },
  }),
];
