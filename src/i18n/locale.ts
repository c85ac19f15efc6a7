/** The languages every message, label and error is written in. Vietnamese is the default. */
export const LOCALES = ['vi', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** A text written in both supported languages. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export const DEFAULT_LOCALE: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
