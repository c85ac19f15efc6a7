import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { beneficiaryEligibility, undeterminedPaths } from './eligibility.js';

/**
 * The catalogue fact `ineligibleBeneficiaries`. A beneficiary that cannot be decided is not
 * ineligible: what it lacks is noted (each field, with its name), so the rule is incomplete unless
 * another beneficiary is ineligible.
 */
export const fact = defineFact({
  name: 'ineligibleBeneficiaries',
  returns: 'list',
  compute: (context) =>
    beneficiaryEligibility(context).filter((item, index) => {
      if (item.undetermined) {
        const ownProvince = context.dossier.beneficiaries?.[index]?.location?.province != null;
        for (const path of undeterminedPaths(item, ownProvince)) noteUnknown(context, path, item.label);
      }
      return item.ineligible;
    }),
});

/** What `ineligibleBeneficiaries` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mục của beneficiaryEligibility có căn cứ không đủ điều kiện (ineligible: true). Cơ sở chưa kết luận được (undetermined: thiếu loại hình, quy mô, địa bàn, đơn vị cấp huyện, loại đô thị, ngày chuyển từ xã lên phường, tỉnh, hoặc tên tỉnh không nhận ra được) không bị coi là không đủ điều kiện: quy tắc là chưa đủ thông tin, nêu từng cơ sở và trường cần bổ sung (xem undeterminedBeneficiaries).',
  en: 'The items of beneficiaryEligibility that some ground makes ineligible (ineligible: true). A beneficiary that cannot be decided (undetermined: its kind, size, place, district-level unit, city class, conversion date or province missing, or a province name not recognised) is not taken as ineligible: a rule is incomplete, naming each such beneficiary and the field to supply (see undeterminedBeneficiaries).',
};
