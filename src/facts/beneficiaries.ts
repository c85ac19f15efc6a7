import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';
import { legalFacts } from './legal.js';

/** The value of a legal fact (a list of codes) on the reference date, read through its catalogue definition. */
function legalList(context: EvaluationContext, name: 'eligibleBeneficiaryKinds' | 'eligibleAreas'): string[] {
  const fact = legalFacts.find((candidate) => candidate.name === name);
  if (!fact) throw new Error(`internal error: no legal fact "${name}"`);
  return fact.compute(context, {}) as string[];
}

/** One beneficiary judged against the kinds and areas eligible on the reference date. */
export interface BeneficiaryEligibility {
  label: string;
  id: string | undefined;
  kind: string | undefined;
  /** The beneficiary's own location.area, else the dossier's location.area. */
  area: string | undefined;
  /** Where the area was read: the beneficiary's own field, the dossier's, or undefined when neither gives one. */
  areaPath: string | undefined;
  kindIneligible: boolean;
  areaIneligible: boolean;
  /** The path of the kind when it is not given. */
  missingKind: string | undefined;
  /** The beneficiary's area path when neither it nor the dossier gives an area. */
  missingArea: string | undefined;
  eligible: boolean;
  path: string;
}

function beneficiaryEligibility(context: EvaluationContext): BeneficiaryEligibility[] {
  const kinds = legalList(context, 'eligibleBeneficiaryKinds');
  const areas = legalList(context, 'eligibleAreas');
  const dossierArea = context.dossier.location?.area;
  return (context.dossier.beneficiaries ?? []).map((beneficiary, index) => {
    const path = `beneficiaries[${index}]`;
    const ownArea = beneficiary.location?.area;
    const area = ownArea ?? dossierArea;
    const kind = beneficiary.kind;
    const kindIneligible = kind !== undefined && !kinds.includes(kind);
    const areaIneligible = area !== undefined && !areas.includes(area);
    return {
      label: itemLabel(beneficiary.name ?? beneficiary.id, path),
      id: beneficiary.id,
      kind,
      area,
      areaPath: ownArea !== undefined ? `${path}.location.area` : dossierArea !== undefined ? 'location.area' : undefined,
      kindIneligible,
      areaIneligible,
      missingKind: kind === undefined ? `${path}.kind` : undefined,
      missingArea: area === undefined ? `${path}.location.area` : undefined,
      eligible: kind !== undefined && area !== undefined && !kindIneligible && !areaIneligible,
      path,
    };
  });
}

export const beneficiaryFacts = [
  defineFact({
    name: 'doubleFundingRisks',
    description: {
      vi: 'Các cơ sở thụ hưởng đã nhận (funded: true) hoặc chưa khai (funded: false, declared: false) hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung. Mỗi mục: label (tên, nếu không có thì mã hoặc vị trí), id, declared, funded, path.',
      en: 'Beneficiaries that receive (funded: true) or have not declared (declared: false) support from another State programme for the same content. Each item: label (the name, else the id or position), id, declared, funded, path.',
    },
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
  }),
  defineFact({
    name: 'beneficiaryEligibility',
    description: {
      vi: 'Mỗi cơ sở thụ hưởng, đối chiếu với loại hình (eligibleBeneficiaryKinds) và địa bàn (eligibleAreas) được hỗ trợ vào ngày tham chiếu. Địa bàn là location.area của cơ sở, nếu không có thì location.area của đề án. Mỗi mục: label, id, kind, area, areaPath (nơi đọc địa bàn), kindIneligible, areaIneligible, missingKind / missingArea (đường dẫn trường còn thiếu), eligible, path.',
      en: "Every beneficiary, checked against the kinds (eligibleBeneficiaryKinds) and areas (eligibleAreas) eligible on the reference date. The area is the beneficiary's location.area, else the project's location.area. Each item: label, id, kind, area, areaPath (where the area was read), kindIneligible, areaIneligible, missingKind / missingArea (the path of a missing field), eligible, path.",
    },
    compute: (context) => beneficiaryEligibility(context),
  }),
  defineFact({
    name: 'ineligibleBeneficiaries',
    description: {
      vi: 'Các mục của beneficiaryEligibility chưa đủ điều kiện: loại hình hoặc địa bàn không được hỗ trợ vào ngày tham chiếu, hoặc chưa ghi loại hình (missingKind) hay địa bàn (missingArea).',
      en: 'The items of beneficiaryEligibility that are not eligible: a kind or area not eligible on the reference date, or no kind (missingKind) or area (missingArea) given.',
    },
    compute: (context) => beneficiaryEligibility(context).filter((item) => !item.eligible),
  }),
];
