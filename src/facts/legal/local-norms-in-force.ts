import type { LocalNorms } from '../../schema/local-norms.js';
import type { EvaluationContext } from '../context.js';
import { matchProvince, provinceKey } from './provinces.js';

/** A document in force on the reference date with a cap for the content type. */
function inForceFor(norms: LocalNorms, date: string, contentType: string): boolean {
  return norms.effectiveFrom <= date && (norms.effectiveTo == null || date <= norms.effectiveTo) && Object.hasOwn(norms.caps, contentType);
}

/** Whether any supplied document (of any province) sets a cap for the content type on the reference date. */
export function anyLocalNormsFor(context: EvaluationContext, contentType: string): boolean {
  return (context.localNorms ?? []).some((norms) => inForceFor(norms, context.referenceDate, contentType));
}

/**
 * The provincial norms that hold a project in `province` to a cap for `contentType` on the
 * reference date. A document matches the name as the dossier writes it, or the province that name
 * is part of on the reference date (after a merger, `matchProvince`): so a project still written
 * "Hải Dương" after the 2025 mergers finds both the former province's resolution and one of the
 * merged province (Hải Phòng). When both are in force the later resolution applies, as a merged province's
 * own norms replace its parts'. A project written with the new name finds only the new province's.
 */
export function localNormsInForce(context: EvaluationContext, province: string, contentType: string): LocalNorms | undefined {
  const match = matchProvince(context, province);
  const keys = new Set([provinceKey(province), ...(match.name !== undefined ? [provinceKey(match.name)] : [])]);
  const candidates = (context.localNorms ?? []).filter(
    (norms) => keys.has(provinceKey(norms.province)) && inForceFor(norms, context.referenceDate, contentType),
  );
  return candidates.reduce<LocalNorms | undefined>((latest, norms) => (!latest || norms.effectiveFrom > latest.effectiveFrom ? norms : latest), undefined);
}
