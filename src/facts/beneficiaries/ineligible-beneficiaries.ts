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
  vi: 'Các mục của beneficiaryEligibility chưa đủ điều kiện: loại hình hoặc địa bàn không được hỗ trợ vào ngày tham chiếu, hoặc chưa ghi loại hình (missingKind) hay địa bàn (missingArea).',
  en: 'The items of beneficiaryEligibility that are not eligible: a kind or area not eligible on the reference date, or no kind (missingKind) or area (missingArea) given.',
};
