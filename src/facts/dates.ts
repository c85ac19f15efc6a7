import type { NormalizedDossier } from '../schema/normalize.js';
import type { ReferenceDateSource } from './context.js';

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Vietnam at an instant. */
export function vietnamCalendarDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A date option (already checked by the options schema) as an ISO calendar date;
 * a `Date` is read as the calendar date in Vietnam at that instant.
 */
export function toCalendarDate(value: string | Date): string {
  return value instanceof Date ? vietnamCalendarDate(value) : value;
}

/**
 * The date whose law applies: the caller's choice, else the approval date,
 * else the submission date, else the start of implementation, else asOf.
 */
export function resolveReferenceDate(
  dossier: NormalizedDossier,
  asOf: string,
  explicit: string | Date | undefined,
): { date: string; source: ReferenceDateSource } {
  if (explicit !== undefined) return { date: toCalendarDate(explicit), source: 'option' };
  if (dossier.approvedOn) return { date: dossier.approvedOn, source: 'approvedOn' };
  if (dossier.submittedOn) return { date: dossier.submittedOn, source: 'submittedOn' };
  if (dossier.period?.start) return { date: dossier.period.start, source: 'period.start' };
  return { date: asOf, source: 'asOf' };
}
