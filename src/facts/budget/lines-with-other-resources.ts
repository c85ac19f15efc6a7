import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines, fundingPart } from './budget-lines.js';

/** The catalogue fact `linesWithOtherResources`. */
export const fact = defineFact({
  name: 'linesWithOtherResources',
  compute: (context) =>
    budgetLines(context)
      .filter(({ line }) => fundingPart(line.funding?.counterpart) > 0 || fundingPart(line.funding?.other) > 0)
      .map(({ line, path, label }) => ({ label, counterpart: line.funding?.counterpart, other: line.funding?.other, path: `${path}.funding` })),
});

/** What `linesWithOtherResources` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán có vốn đối ứng (funding.counterpart > 0) hoặc nguồn khác (funding.other > 0). Mỗi mục: label, counterpart, other, path.',
  en: 'The budget lines funded in part by counterpart funds (funding.counterpart > 0) or other sources (funding.other > 0). Each item: label, counterpart, other, path.',
};
