import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import { legalCodes, legalValue } from '../legal/legal-value.js';
import { judgePlace, type PlaceJudgement } from './place.js';

/** One beneficiary judged against the kinds, sizes and places eligible on the reference date. */
export interface BeneficiaryEligibility extends PlaceJudgement {
  label: string;
  id: string | undefined;
  kind: string | undefined;
  kindIneligible: boolean;
  /** The path of the kind when it is not given. */
  missingKind: string | undefined;
  /** The enterprise's size, when the kind is `enterprise`. */
  size: string | undefined;
  /** A large enterprise (not a small or medium one) that no other category makes eligible. */
  sizeIneligible: boolean;
  /** The path of an enterprise's size when it is not given and size decides: eligibility on size is undetermined. */
  missingSize: string | undefined;
  /** It applies cleaner production, a category of its own wherever it is. */
  cleanerProduction: boolean;
  /** Some ground makes it ineligible. */
  ineligible: boolean;
  /** No ground makes it ineligible, but some ground could not be decided (a field missing, a province not recognised). */
  undetermined: boolean;
  eligible: boolean;
  path: string;
}

/** Every beneficiary judged against the kinds, sizes and places eligible on the reference date, in dossier order. */
export function beneficiaryEligibility(context: EvaluationContext): BeneficiaryEligibility[] {
  const kinds = legalCodes(context, 'eligibleBeneficiaryKinds');
  const sizes = legalValue(context, 'eligibleEnterpriseSizes');
  const placeFreeKinds = legalCodes(context, 'placeFreeBeneficiaryKinds');
  const cleanerProductionCounts = legalValue(context, 'cleanerProductionBeneficiaries') === true;
  // An absent list judges no one: the rules' applicability (beneficiaryCount) says whether that is incomplete.
  return (context.dossier.beneficiaries ?? []).map((beneficiary, index) => {
    const path = `beneficiaries[${index}]`;
    const kind = beneficiary.kind ?? undefined;
    const cleanerProduction = cleanerProductionCounts && beneficiary.cleanerProduction === true;
    const placeNotTied = cleanerProduction || placeFreeKinds.some((free) => free === kind);
    const place = judgePlace(context, beneficiary, path, placeNotTied);
    const kindIneligible = kind !== undefined && !kinds.includes(kind);
    const size = kind === 'enterprise' ? (beneficiary.size ?? undefined) : undefined;
    const sizeDecides = kind === 'enterprise' && !placeNotTied && sizes !== undefined;
    const sizeIneligible = sizeDecides && size !== undefined && !sizes.includes(size);
    const missingSize = sizeDecides && size === undefined ? `${path}.size` : undefined;
    const missingKind = kind === undefined ? `${path}.kind` : undefined;
    const ineligible = kindIneligible || sizeIneligible || place.ineligible;
    const undetermined = !ineligible && (missingKind !== undefined || missingSize !== undefined || place.undetermined);
    return {
      label: itemLabel(beneficiary.name ?? beneficiary.id, path),
      id: beneficiary.id ?? undefined,
      kind,
      ...place,
      kindIneligible,
      missingKind,
      size,
      sizeIneligible,
      missingSize,
      cleanerProduction,
      ineligible,
      undetermined,
      eligible: !ineligible && !undetermined,
      path,
    };
  });
}

/**
 * The dossier paths that would decide an undetermined beneficiary: each field it lacks, the
 * province whose name is not recognised (its own, else the project's: `ownProvince`), or the unit
 * type the law of the date does not speak of.
 */
export function undeterminedPaths(item: BeneficiaryEligibility, ownProvince: boolean): string[] {
  const paths = [item.missingKind, item.missingSize, item.missingArea, item.missingParentUnit, item.missingCityClass, item.missingUpgradeDate, item.missingProvince];
  if (item.unknownProvince !== undefined) paths.push(ownProvince ? `${item.path}.location.province` : 'location.province');
  if (item.unitNotInTest) paths.push(item.unitPath);
  const found = paths.filter((path) => path !== undefined);
  return found.length > 0 ? found : [item.path];
}
