import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';

function legalValue(context: EvaluationContext, key: string): unknown {
  return context.legal.entryOn(key, context.referenceDate)?.value;
}

/** "Tỉnh Thái Bình", "thành phố Hải Phòng" → "Thái Bình", "Hải Phòng": the form the merger table uses. */
function provinceKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

export const legalFacts = [
  defineFact({
    name: 'provinceOnReferenceDate',
    description: {
      vi: 'Tỉnh nơi thực hiện theo địa giới vào ngày tham chiếu: { name, formerName } — formerName là tên tỉnh ghi trong hồ sơ nếu tỉnh đó đã được sáp nhập (khóa provinceMergers); không có nếu hồ sơ không ghi tỉnh.',
      en: 'The province where the project runs, by the boundaries of the reference date: { name, formerName }, formerName being the province named in the dossier when it has since been merged (key provinceMergers); absent when the dossier names no province.',
    },
    compute: (context) => {
      const given = context.dossier.location?.province;
      if (!given) return undefined;
      const mergers = (legalValue(context, 'provinceMergers') ?? {}) as Record<string, string>;
      const key = provinceKey(given);
      const merged = Object.hasOwn(mergers, key) ? mergers[key] : undefined;
      return merged ? { name: merged, formerName: key } : { name: given };
    },
  }),
  defineFact({
    name: 'ministryAgencyName',
    description: {
      vi: 'Tên cơ quan của Bộ Công Thương phụ trách khuyến công vào ngày tham chiếu (bảng dữ liệu pháp lý, khóa ministryAgencyName).',
      en: "The name of the Ministry of Industry and Trade's industrial-promotion agency on the reference date (legal data, key ministryAgencyName).",
    },
    compute: (context) => legalValue(context, 'ministryAgencyName') as string | undefined,
  }),
  defineFact({
    name: 'districtLevelInForce',
    description: {
      vi: 'Cấp huyện còn tồn tại vào ngày tham chiếu hay không (cải cách năm 2025 bỏ cấp huyện; khóa districtLevel).',
      en: 'Whether the district level of government exists on the reference date (the 2025 reform abolished it; key districtLevel).',
    },
    compute: (context) => legalValue(context, 'districtLevel') === true,
  }),
  defineFact({
    name: 'contentTypesInForce',
    description: {
      vi: 'Các nội dung hoạt động khuyến công được phép vào ngày tham chiếu (khóa contentTypes).',
      en: 'The industrial-promotion content types allowed on the reference date (key contentTypes).',
    },
    compute: (context) => (legalValue(context, 'contentTypes') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'nationalProgrammeForPeriod',
    description: {
      vi: 'Chương trình khuyến công quốc gia áp dụng cho ngày bắt đầu thực hiện (period.start): { decision, period } (khóa nationalProgramme); không có nếu chưa có period.start hoặc không có chương trình cho ngày đó.',
      en: 'The national industrial-promotion programme for the start of implementation (period.start): { decision, period } (key nationalProgramme); absent without period.start or when no programme covers that date.',
    },
    compute: (context) => {
      const start = context.dossier.period?.start;
      return start ? (context.legal.entryOn('nationalProgramme', start)?.value as { decision: string; period: string } | undefined) : undefined;
    },
  }),
  defineFact({
    name: 'eligibleBeneficiaryKinds',
    description: {
      vi: 'Các loại cơ sở được hưởng khuyến công vào ngày tham chiếu (khóa eligibleBeneficiaryKinds).',
      en: 'The kinds of establishment eligible for support on the reference date (key eligibleBeneficiaryKinds).',
    },
    compute: (context) => (legalValue(context, 'eligibleBeneficiaryKinds') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'eligibleAreas',
    description: {
      vi: 'Các địa bàn mà cơ sở được hưởng khuyến công vào ngày tham chiếu (khóa eligibleAreas).',
      en: 'The areas in which establishments are eligible on the reference date (key eligibleAreas).',
    },
    compute: (context) => (legalValue(context, 'eligibleAreas') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'priorityOwnershipInForce',
    description: {
      vi: 'Các diện ưu tiên theo chủ sở hữu có hiệu lực vào ngày tham chiếu: "women-owned", "ethnic-minority-owned" (khóa priorityOwnership); rỗng trước đó.',
      en: 'The ownership-based priorities in force on the reference date: "women-owned", "ethnic-minority-owned" (key priorityOwnership); empty before.',
    },
    compute: (context) => (legalValue(context, 'priorityOwnership') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'supportCap',
    description: {
      vi: 'Mức hỗ trợ tối đa từ kinh phí khuyến công cho nội dung của đề án vào ngày tham chiếu: { percent, maxVnd, per, technologyLineMultiplier?, source, verified } (khóa supportCap.<contentType>); không có nếu không biết mức cho nội dung đó.',
      en: "The cap on khuyến công support for the project's content type on the reference date: { percent, maxVnd, per, technologyLineMultiplier?, source, verified } (key supportCap.<contentType>); absent when no cap is known for that content.",
    },
    compute: (context) => {
      const contentType = context.dossier.contentType;
      const entry = contentType ? context.legal.entryOn(`supportCap.${contentType}`, context.referenceDate) : undefined;
      if (!entry) return undefined;
      return { ...(entry.value as { percent: number; maxVnd: number; per: string; technologyLineMultiplier?: number }), source: entry.source, verified: entry.verified };
    },
  }),
  defineFact({
    name: 'learnersPerInstructorLimit',
    description: {
      vi: 'Số người học quy đổi tối đa trên một nhà giáo quy đổi vào ngày tham chiếu (khóa learnersPerInstructorLimit).',
      en: 'The most (converted) learners per (converted) instructor allowed on the reference date (key learnersPerInstructorLimit).',
    },
    compute: (context) => legalValue(context, 'learnersPerInstructorLimit') as number | undefined,
  }),
];
