import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { noteUnknown } from '../unknowns.js';

/** The catalogue fact `doubleFundingRisks`. */
export const fact = defineFact({
  name: 'doubleFundingRisks',
  returns: 'list',
  compute: (context) =>
    // No list: beneficiaryCount, the applicability of the rules that read this, notes the gap.
    (context.dossier.beneficiaries ?? []).flatMap((beneficiary, index) => {
      const label = itemLabel(beneficiary.name ?? beneficiary.id, `beneficiaries[${index}]`);
      const path = `beneficiaries[${index}].otherStateFunding`;
      // Not declared is not "not funded": the rule cannot decide for that beneficiary.
      if (beneficiary.otherStateFunding === undefined) noteUnknown(context, path, label);
      return beneficiary.otherStateFunding === true ? [{ label, id: beneficiary.id, path }] : [];
    }),
});

/** What `doubleFundingRisks` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cơ sở thụ hưởng đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung (otherStateFunding: true). Cơ sở chưa khai otherStateFunding không được coi là không nhận: quy tắc dùng dữ kiện này là chưa đủ thông tin, nêu trường cần bổ sung. Mỗi mục: label (tên, nếu không có thì mã hoặc vị trí), id, path.',
  en: 'The beneficiaries that receive support from another State programme for the same content (otherStateFunding: true). A beneficiary that has not declared otherStateFunding is not taken as unfunded: a rule using this fact is incomplete, naming the field to supply. Each item: label (the name, else the id or position), id, path.',
};
