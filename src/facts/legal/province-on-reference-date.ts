import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { matchProvince } from './provinces.js';

/** The catalogue fact `provinceOnReferenceDate`. */
export const fact = defineFact({
  name: 'provinceOnReferenceDate',
  returns: 'object',
  compute: (context) => {
    const given = context.dossier.location?.province;
    if (!given) return undefined;
    const match = matchProvince(context, given);
    if (match.name === undefined) return { name: given };
    return match.formerName !== undefined ? { name: match.name, formerName: match.formerName } : { name: match.name };
  },
});

/** What `provinceOnReferenceDate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tỉnh nơi thực hiện theo địa giới vào ngày tham chiếu: { name, formerName } — name là tên tỉnh trong bảng dữ liệu pháp lý (tên trong hồ sơ được so khớp không phân biệt "Tỉnh", "Thành phố", "TP.", chữ hoa, dấu và chuẩn Unicode), formerName là tên tỉnh ghi trong hồ sơ nếu tỉnh đó đã được sáp nhập hoặc đổi tên (khóa provinceMergers); tên không nhận ra được giữ nguyên như hồ sơ ghi (xem provinceRecognised); không có nếu hồ sơ không ghi tỉnh.',
  en: 'The province where the project runs, by the boundaries of the reference date: { name, formerName }, name being the legal data\'s name for it (the dossier\'s name is matched regardless of "Tỉnh", "Thành phố", "TP.", case, diacritics and Unicode form), formerName the province named in the dossier when it has since been merged or renamed (key provinceMergers); a name not recognised is kept as the dossier writes it (see provinceRecognised); absent when the dossier names no province.',
};
