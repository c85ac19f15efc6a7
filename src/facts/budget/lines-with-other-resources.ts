import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines, knownFundingPart, neededFundingPart } from './budget-lines.js';

/** The catalogue fact `linesWithOtherResources`. */
export const fact = defineFact({
  name: 'linesWithOtherResources',
  returns: 'list',
  compute: (context) => {
    const lines = budgetLines(context);
    const drawing = lines.filter(({ line }) => (knownFundingPart(line, 'counterpart') ?? 0) > 0 || (knownFundingPart(line, 'other') ?? 0) > 0);
    // One line known to draw in other resources decides; only when none is known do the untold parts matter.
    if (drawing.length === 0) {
      for (const entry of lines) {
        neededFundingPart(context, entry, 'counterpart');
        neededFundingPart(context, entry, 'other');
      }
    }
    return drawing.map(({ line, path, label }) => ({ label, counterpart: line.funding?.counterpart, other: line.funding?.other, path: `${path}.funding` }));
  },
});

/** What `linesWithOtherResources` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán có vốn đối ứng (funding.counterpart > 0) hoặc nguồn khác (funding.other > 0). Mỗi mục: label, counterpart, other, path.',
  en: 'The budget lines funded in part by counterpart funds (funding.counterpart > 0) or other sources (funding.other > 0). Each item: label, counterpart, other, path.',
};
