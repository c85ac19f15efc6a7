import type { SupportCap } from '../../schema/legal-values.js';
import type { EvaluationContext } from '../context.js';
import { needed, noteUnknown } from '../unknowns.js';
import { raiseWarning } from '../warnings.js';
import { legalEntry } from './legal-value.js';
import { anyLocalNormsFor, localNormsInForce } from './local-norms-in-force.js';

/**
 * The support cap for the dossier's content type on the reference date, with what it rests on:
 * the text that set it (`source`), whether that text was read (`verified`), its period, and
 * whether it is a national cap (legal data) or a province's norm (`basis: 'local'`, `province`
 * as the norms document names it).
 */
export type SupportCapInForce = SupportCap & {
  source: string;
  verified: boolean;
  basis: 'national' | 'local';
  province?: string;
  effectiveFrom?: string;
  effectiveTo?: string | null;
};

/** The national cap of the legal data (TTLT 26/2014, TT 28/2018/TT-BTC…), binding national funds only. */
function nationalCap(context: EvaluationContext, contentType: string): SupportCapInForce | undefined {
  const entry = legalEntry(context, 'supportCap', { qualifier: contentType });
  if (!entry) return undefined;
  return {
    ...entry.value,
    source: entry.source,
    verified: entry.verified,
    basis: 'national',
    ...(entry.effectiveFrom !== undefined ? { effectiveFrom: entry.effectiveFrom } : {}),
    ...(entry.effectiveTo !== undefined ? { effectiveTo: entry.effectiveTo } : {}),
  };
}

/** The cap the province's norms set, or undefined (and the report warns) when none were supplied for that day and content. */
function localCap(context: EvaluationContext, province: string, contentType: string): SupportCapInForce | undefined {
  const norms = localNormsInForce(context, province, contentType);
  if (!norms) {
    raiseWarning(context, 'local-norms-missing', { province });
    return undefined;
  }
  return {
    ...norms.caps[contentType as keyof typeof norms.caps]!,
    source: norms.source,
    verified: norms.verified,
    basis: 'local',
    province: norms.province,
    effectiveFrom: norms.effectiveFrom,
    effectiveTo: norms.effectiveTo ?? null,
  };
}

/**
 * The cap the `supportCap` fact gives and the funding facts check against; undefined when no cap
 * applies. A national project is held to the national caps; a local one to its province's norms
 * (the evaluator option `localNorms`). The scope is never assumed: without it, or without the
 * province of a local project, the cap is unknown (noted, so the rule is incomplete) — unless no
 * cap would apply whatever it is (no national cap and no norms for that content type).
 */
export function supportCapInForce(context: EvaluationContext): SupportCapInForce | undefined {
  const { scope, contentType, location } = context.dossier;
  if (contentType === undefined) return undefined;
  if (scope === 'national') return nationalCap(context, contentType);
  const anyNorms = anyLocalNormsFor(context, contentType);
  if (scope === 'local') {
    if (location?.province == null && !anyNorms) {
      raiseWarning(context, 'local-norms-missing');
      return undefined;
    }
    const province = needed(context, location?.province, 'location.province');
    return province === undefined ? undefined : localCap(context, province, contentType);
  }
  if (nationalCap(context, contentType) !== undefined || anyNorms) noteUnknown(context, 'scope');
  return undefined;
}
