import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalValue } from './legal-value.js';

/** "Tỉnh Thái Bình", "thành phố Hải Phòng" → "Thái Bình", "Hải Phòng": the form the merger table uses. */
function provinceKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

/** The catalogue fact `provinceOnReferenceDate`. */
export const fact = defineFact({
  name: 'provinceOnReferenceDate',
  compute: (context) => {
    const given = context.dossier.location?.province;
    if (!given) return undefined;
    const mergers = legalValue(context, 'provinceMergers') ?? {};
    const key = provinceKey(given);
    const merged = Object.hasOwn(mergers, key) ? mergers[key] : undefined;
    return merged ? { name: merged, formerName: key } : { name: given };
  },
});

/** What `provinceOnReferenceDate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tỉnh nơi thực hiện theo địa giới vào ngày tham chiếu: { name, formerName } — formerName là tên tỉnh ghi trong hồ sơ nếu tỉnh đó đã được sáp nhập (khóa provinceMergers); không có nếu hồ sơ không ghi tỉnh.',
  en: 'The province where the project runs, by the boundaries of the reference date: { name, formerName }, formerName being the province named in the dossier when it has since been merged (key provinceMergers); absent when the dossier names no province.',
};
