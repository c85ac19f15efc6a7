import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import { legalCodes } from '../legal/legal-value.js';

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

/** Every beneficiary judged against the kinds and areas eligible on the reference date, in dossier order. */
export function beneficiaryEligibility(context: EvaluationContext): BeneficiaryEligibility[] {
  const kinds = legalCodes(context, 'eligibleBeneficiaryKinds');
  const areas = legalCodes(context, 'eligibleAreas');
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
