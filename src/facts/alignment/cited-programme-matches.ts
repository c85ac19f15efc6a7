import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { nationalProgrammeForPeriod } from '../legal/national-programme.js';
import { citesDecision } from './decision-citation.js';

/** The catalogue fact `citedProgrammeMatches`. */
export const fact = defineFact({
  name: 'citedProgrammeMatches',
  returns: 'boolean',
  compute: (context) => {
    const cited = context.dossier.alignment?.programme;
    const expected = nationalProgrammeForPeriod(context);
    return cited !== undefined && expected !== undefined && citesDecision(cited, expected.decision);
  },
});

/** What `citedProgrammeMatches` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'alignment.programme có phải là chương trình khuyến công quốc gia áp dụng cho period.start (nationalProgrammeForPeriod) hay không. So sánh số quyết định không phân biệt hoa thường, dấu cách, dấu tiếng Việt và kiểu gạch nối; số quyết định có thể nằm trong một trích dẫn dài hơn ("Quyết định số 1881/QĐ-TTg"). false nếu thiếu một trong hai.',
  en: 'Whether alignment.programme is the national programme for period.start (nationalProgrammeForPeriod). Decision numbers are compared ignoring case, spaces, Vietnamese diacritics and dash style; the number may sit inside a longer citation ("Quyết định số 1881/QĐ-TTg"). false when either is missing.',
};
