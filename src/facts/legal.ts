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
];
