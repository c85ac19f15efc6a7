import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';

/** The catalogue fact `doubleFundingRisks`. */
export const fact = defineFact({
  name: 'doubleFundingRisks',
  compute: (context) =>
    (context.dossier.beneficiaries ?? []).flatMap((beneficiary, index) =>
      beneficiary.otherStateFunding === false
        ? []
        : [
            {
              label: itemLabel(beneficiary.name ?? beneficiary.id, `beneficiaries[${index}]`),
              id: beneficiary.id,
              declared: beneficiary.otherStateFunding !== undefined,
              funded: beneficiary.otherStateFunding === true,
              path: `beneficiaries[${index}].otherStateFunding`,
            },
          ],
    ),
});

/** What `doubleFundingRisks` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cơ sở thụ hưởng đã nhận (funded: true) hoặc chưa khai (funded: false, declared: false) hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung. Mỗi mục: label (tên, nếu không có thì mã hoặc vị trí), id, declared, funded, path.',
  en: 'Beneficiaries that receive (funded: true) or have not declared (declared: false) support from another State programme for the same content. Each item: label (the name, else the id or position), id, declared, funded, path.',
};
