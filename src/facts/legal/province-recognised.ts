import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { matchProvince } from './provinces.js';

/** The catalogue fact `provinceRecognised`. */
export const fact = defineFact({
  name: 'provinceRecognised',
  returns: 'boolean',
  compute: (context) => {
    const given = context.dossier.location?.province;
    return given ? matchProvince(context, given).recognised : undefined;
  },
});

/** What `provinceRecognised` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'location.province có phải là một tỉnh, thành phố trực thuộc trung ương vào ngày tham chiếu hay không (khóa provinces, kể cả tên cũ của tỉnh đã sáp nhập, khóa provinceMergers): true, false (tên không nhận ra được: sai chính tả hoặc không còn là tỉnh vào ngày đó); không có nếu hồ sơ không ghi tỉnh hoặc bảng không có danh sách tỉnh cho ngày đó.',
  en: 'Whether location.province is a province or centrally-run city on the reference date (key provinces, including the former name of a merged province, key provinceMergers): true, false (a name not recognised: misspelt, or no province on that date); absent when the dossier names no province or the table lists no provinces for that date.',
};
