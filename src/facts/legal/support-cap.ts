import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { supportCapInForce } from './support-cap-in-force.js';

/** The catalogue fact `supportCap`. */
export const fact = defineFact({
  name: 'supportCap',
  returns: 'object',
  compute: supportCapInForce,
});

/** What `supportCap` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Mức hỗ trợ tối đa từ kinh phí khuyến công cho nội dung của đề án vào ngày tham chiếu: { percent, maxVnd, per, technologyLineMultiplier?, source, verified, basis, province?, effectiveFrom?, effectiveTo? }. Đề án quốc gia (scope "national"): mức quốc gia trong dữ liệu pháp lý (khóa supportCap.<contentType>, basis "national"). Đề án địa phương (scope "local"): định mức chi của tỉnh ghi ở location.province còn hiệu lực vào ngày đó (tùy chọn localNorms, basis "local"); không có định mức thì báo cáo có cảnh báo local-norms-missing. Không có nếu không có mức cho nội dung đó; hồ sơ thiếu scope (hoặc tỉnh của đề án địa phương) thì ghi là thiếu, không coi là đề án quốc gia.',
  en: 'The cap on khuyến công support for the project\'s content type on the reference date: { percent, maxVnd, per, technologyLineMultiplier?, source, verified, basis, province?, effectiveFrom?, effectiveTo? }. A national project (scope "national"): the national cap of the legal data (key supportCap.<contentType>, basis "national"). A local project (scope "local"): the norms in force that day of the province in location.province (option localNorms, basis "local"); with none, the report warns local-norms-missing. Absent when no cap is known for that content; a dossier without scope (or a local one without its province) is noted as lacking it, never taken for a national project.',
};
