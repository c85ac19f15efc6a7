import { format as formatDate, parseISO } from 'date-fns';
import { valueLabel } from './labels.js';
import type { Locale } from './locale.js';

/** The formatters a message template may name after a `|`. */
export const FORMATTERS = ['date', 'vnd', 'label', 'number', 'percent', 'plural'] as const;
export type Formatter = (typeof FORMATTERS)[number];

const INTL_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const MISSING: Record<Locale, string> = { vi: '(chưa có)', en: '(not given)' };
const YES_NO: Record<Locale, [string, string]> = { vi: ['có', 'không'], en: ['yes', 'no'] };

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** Joins items as a sentence does: "a, b và c" / "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(INTL_TAG[locale], { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

export function formatMoney(value: number, locale: Locale): string {
  return locale === 'vi' ? `${formatNumber(value, locale)} đồng` : `${formatNumber(value, locale)} VND`;
}

/** A calendar date as people in the locale write it: 28/12/2023, 28 Dec 2023. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const date = parseISO(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatDate(date, locale === 'vi' ? 'dd/MM/yyyy' : 'd MMM yyyy');
}

/** Renders one value found by a message placeholder; `args` are the formatter's (`plural:singular:plural`). */
export function formatValue(value: unknown, formatter: Formatter | undefined, locale: Locale, args: readonly string[] = []): string {
  if (value === undefined || value === null) return MISSING[locale];
  if (formatter === 'plural') {
    const count = Array.isArray(value) ? value.length : Number(value);
    return `${formatNumber(count, locale)} ${count === 1 ? args[0] : args[1]}`;
  }
  if (Array.isArray(value)) {
    return formatList(
      value.map((item) => formatValue(item, formatter, locale, args)),
      locale,
    );
  }
  if (typeof value === 'boolean') return YES_NO[locale][value ? 0 : 1];
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
  return JSON.stringify(value);
}
