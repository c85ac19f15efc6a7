import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { beneficiaryEligibility } from './eligibility.js';

/** The catalogue fact `undeterminedBeneficiaries`. */
export const fact = defineFact({
  name: 'undeterminedBeneficiaries',
  returns: 'list',
  compute: (context) => beneficiaryEligibility(context).filter((item) => item.undetermined),
});

/** What `undeterminedBeneficiaries` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mục của beneficiaryEligibility chưa kết luận được (undetermined): không có căn cứ nào cho thấy không đủ điều kiện, nhưng thiếu dữ liệu để kết luận (loại hình, quy mô doanh nghiệp, địa bàn, đơn vị cấp huyện, loại đô thị, ngày chuyển từ xã lên phường, tỉnh) hoặc tên tỉnh không nhận ra được.',
  en: 'The items of beneficiaryEligibility that cannot be decided (undetermined): nothing shows them ineligible, but data is missing (kind, enterprise size, place, district-level unit, city class, the date a ward was converted from a commune, province) or the province name is not recognised.',
};
