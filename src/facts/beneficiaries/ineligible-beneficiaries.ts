import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { beneficiaryEligibility } from './eligibility.js';

/** The catalogue fact `ineligibleBeneficiaries`. */
export const fact = defineFact({
  name: 'ineligibleBeneficiaries',
  compute: (context) => beneficiaryEligibility(context).filter((item) => !item.eligible),
});

/** What `ineligibleBeneficiaries` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mục của beneficiaryEligibility chưa đủ điều kiện (eligible: false): có căn cứ không đủ điều kiện (ineligible: true), hoặc chưa kết luận được vì thiếu dữ liệu hay tên tỉnh không nhận ra được (undetermined: true; xem undeterminedBeneficiaries).',
  en: 'The items of beneficiaryEligibility that are not eligible (eligible: false): some ground makes them ineligible (ineligible: true), or they cannot be decided for missing data or an unrecognised province (undetermined: true; see undeterminedBeneficiaries).',
};
