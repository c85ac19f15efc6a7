import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';

function legalValue(context: EvaluationContext, key: string): unknown {
  return context.legal.entryOn(key, context.referenceDate)?.value;
}

/** "Tỉnh Thái Bình", "thành phố Hải Phòng" → "Thái Bình", "Hải Phòng": the form the merger table uses. */
function provinceKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

export const legalFacts = [
  defineFact({
    name: 'provinceOnReferenceDate',
    compute: (context) => {
      const given = context.dossier.location?.province;
      if (!given) return undefined;
      const mergers = (legalValue(context, 'provinceMergers') ?? {}) as Record<string, string>;
      const key = provinceKey(given);
      const merged = Object.hasOwn(mergers, key) ? mergers[key] : undefined;
      return merged ? { name: merged, formerName: key } : { name: given };
    },
  }),
  defineFact({
    name: 'ministryAgencyName',
    compute: (context) => legalValue(context, 'ministryAgencyName') as string | undefined,
  }),
  defineFact({
    name: 'districtLevelInForce',
    compute: (context) => legalValue(context, 'districtLevel') === true,
  }),
  defineFact({
    name: 'contentTypesInForce',
    compute: (context) => (legalValue(context, 'contentTypes') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'nationalProgrammeForPeriod',
    compute: (context) => {
      const start = context.dossier.period?.start;
      return start ? (context.legal.entryOn('nationalProgramme', start)?.value as { decision: string; period: string } | undefined) : undefined;
    },
  }),
  defineFact({
    name: 'eligibleBeneficiaryKinds',
    compute: (context) => (legalValue(context, 'eligibleBeneficiaryKinds') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'eligibleAreas',
    compute: (context) => (legalValue(context, 'eligibleAreas') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'priorityOwnershipInForce',
    compute: (context) => (legalValue(context, 'priorityOwnership') as string[] | undefined) ?? [],
  }),
  defineFact({
    name: 'supportCap',
    compute: (context) => {
      const contentType = context.dossier.contentType;
      const entry = contentType ? context.legal.entryOn(`supportCap.${contentType}`, context.referenceDate) : undefined;
      if (!entry) return undefined;
      return { ...(entry.value as { percent: number; maxVnd: number; per: string; technologyLineMultiplier?: number }), source: entry.source, verified: entry.verified };
    },
  }),
  defineFact({
    name: 'learnersPerInstructorLimit',
    compute: (context) => legalValue(context, 'learnersPerInstructorLimit') as number | undefined,
  }),
];
