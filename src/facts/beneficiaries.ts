import { defineFact } from './define.js';
import { itemLabel } from './labels.js';

export const beneficiaryFacts = [
  defineFact({
    name: 'doubleFundingRisks',
    description: {
      vi: 'Các cơ sở thụ hưởng đã nhận (funded: true) hoặc chưa khai (funded: false, declared: false) hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung. Mỗi mục: name, id, declared, funded, path.',
      en: 'Beneficiaries that receive (funded: true) or have not declared (declared: false) support from another State programme for the same content. Each item: name, id, declared, funded, path.',
    },
    compute: (context) =>
      (context.dossier.beneficiaries ?? []).flatMap((beneficiary, index) =>
        beneficiary.otherStateFunding === false
          ? []
          : [
              {
                name: itemLabel(beneficiary.name ?? beneficiary.id, `beneficiaries[${index}]`),
                id: beneficiary.id,
                declared: beneficiary.otherStateFunding !== undefined,
                funded: beneficiary.otherStateFunding === true,
                path: `beneficiaries[${index}].otherStateFunding`,
              },
            ],
      ),
  }),
];
