import type { Locale } from './locale.js';
import { LIMITS } from '../schema/limits.js';
import { isMessageId, say } from './say.js';

/** The formatters a message template may name after a `|`. */
export const FORMATTERS = ['date', 'vnd', 'label', 'number', 'percent', 'plural'] as const;
export type Formatter = (typeof FORMATTERS)[number];


const numberFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(say(locale, 'locale.tag'), { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** Joins items as a sentence does: "a, b và c" / "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(say(locale, 'locale.tag'), { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

export function formatMoney(value: number, locale: Locale): string {
  return say(locale, 'value.money', { amount: formatNumber(value, locale) });
}

/** How an enum value reads in a sentence (`national` → "khuyến công quốc gia"); an unknown value is shown as it is. */
export function valueLabel(value: string, locale: Locale): string {
  const id = `label.${value}`;
  return isMessageId(id) ? say(locale, id) : value;
}

/**
 * A calendar date as people in the locale write it: 28/12/2023, 28 Dec 2023.
 * Written by hand rather than with date-fns' `format`, which would bring its
 * whole default locale into every browser bundle.
 */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const monthId = `month.${Number(month)}`;
  const monthName = isMessageId(monthId) ? say(locale, monthId) : month;
  return say(locale, 'value.date', { year, month, day, dayNumber: String(Number(day)), monthName });
}

/** Renders one value found by a message placeholder; `args` are the formatter's (`plural:singular:plural`). */
export function formatValue(value: unknown, formatter: Formatter | undefined, locale: Locale, args: readonly string[] = []): string {
  if (value === undefined || value === null) return say(locale, 'value.missing');
  if (formatter === 'plural') {
    const count = Array.isArray(value) ? value.length : Number(value);
    return `${formatNumber(count, locale)} ${count === 1 ? args[0] : args[1]}`;
  }
  if (Array.isArray(value)) {
    // A long list is summarised: its first items, then how many more (the evidence keeps them all).
    const shown = value.slice(0, LIMITS.messageListItems).map((item) => formatValue(item, formatter, locale, args));
    if (value.length > LIMITS.messageListItems) shown.push(say(locale, 'list.more', { count: value.length - LIMITS.messageListItems }));
    return formatList(shown, locale);
  }
  if (typeof value === 'boolean') return say(locale, value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') {
    if (formatter === 'vnd') return formatMoney(value, locale);
    if (formatter === 'percent') return `${formatNumber(value * 100, locale)}%`;
    return formatNumber(value, locale);
  }
  if (typeof value === 'string') {
    if (formatter === 'date') return formatCalendarDate(value, locale);
    if (formatter === 'label') return valueLabel(value, locale);
    return value;
  }
  if (typeof value === 'bigint') return formatNumber(Number(value), locale);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A host fact's value may hold a cycle or a BigInt: say what it is rather than throw.
    return typeof value;
  }
}
