import { addDays, differenceInCalendarDays, formatISO, parseISO, subDays } from 'date-fns';

/*
 * Day arithmetic on ISO calendar dates (`YYYY-MM-DD`), by the calendar
 * (date-fns), as the facts about deadlines and gaps count days.
 */

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The date `days` days after `isoDate`. */
export function daysAfter(isoDate: string, days: number): string {
  return formatISO(addDays(parseISO(isoDate), days), { representation: 'date' });
}

/** The date `days` days before `isoDate`. */
export function daysBefore(isoDate: string, days: number): string {
  return formatISO(subDays(parseISO(isoDate), days), { representation: 'date' });
}
