/*
 * Comparing decision numbers as dossiers write them: "1881/QĐ-TTg",
 * " 1881 / qđ – ttg ", "Quyết định số 1881/QĐ-TTg ngày 20/11/2020".
 */

/** Folds case, Vietnamese diacritics (đ → d) and dash style. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * A decision number in a comparable form: folded ({@link fold}) and without
 * any space, so "1881/QĐ-TTg" and " 1881 / qđ – ttg " compare equal.
 */
export function decisionKey(text: string): string {
  return fold(text).replace(/\s/g, '');
}

/**
 * A citation folded, with single spaces between words and none around "/" and "-": "Quyết định số 1881 / QĐ-TTg" → "quyet dinh so 1881/qd-ttg".
 * A space left at either end is no word character, so it bounds a number as the text's end does ({@link citesDecision}).
 */
function citationKey(text: string): string {
  return fold(text)
    .replace(/\s+/g, ' ')
    // After the collapse a space run is one space, so this is linear (docs/limits.md).
    .replace(/ ?([/-]) ?/g, '$1');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether a cited programme names the decision: the same number, leniently
 * compared ({@link decisionKey}), alone or as a whole word inside a longer
 * citation such as "Quyết định số 1881/QĐ-TTg ngày 20/11/2020" — but not as
 * part of another number ("11881/QĐ-TTg").
 */
export function citesDecision(cited: string, decision: string): boolean {
  const needle = decisionKey(decision);
  if (!needle) return false;
  if (decisionKey(cited) === needle) return true;
  const haystack = citationKey(cited);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after))) return true;
  }
  return false;
}
