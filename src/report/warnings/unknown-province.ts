import { matchProvince } from '../../facts/legal/provinces.js';
import type { WarningProducer } from './producer.js';

/**
 * A province name (the project's or a beneficiary's) that is no province on the reference date,
 * misspelt or since merged away, so the rules that depend on the province could not match it.
 * A table with no province list for that date raises nothing: it cannot tell.
 */
export const unknownProvince: WarningProducer = ({ context }) => {
  const { dossier } = context;
  const names = [dossier.location?.province, ...(dossier.beneficiaries ?? []).map((beneficiary) => beneficiary.location?.province)];
  const unknown = [...new Set(names.filter((name): name is string => name !== undefined))].filter(
    (name) => matchProvince(context, name).recognised === false,
  );
  return unknown.length > 0 ? { code: 'unknown-province', params: { names: unknown, date: context.referenceDate } } : undefined;
};
