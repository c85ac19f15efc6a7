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
    compute: (context) => beneficiaryEligibility(context),
  }),
  defineFact({
    name: 'ineligibleBeneficiaries',
    compute: (context) => beneficiaryEligibility(context).filter((item) => !item.eligible),
  }),
];
