import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { equipmentBudgetLines } from './budget-lines.js';

/** The catalogue fact `equipmentLines`. */
export const fact = defineFact({
  name: 'equipmentLines',
  returns: 'list',
  compute: (context) =>
    equipmentBudgetLines(context).map(({ line, path, label }) => ({ label, priceQuotes: line.priceQuotes, amount: line.amount, path })),
});

/** What `equipmentLines` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán thuộc nhóm máy móc, thiết bị (category "equipment"). Mỗi mục: label, priceQuotes, amount, path.',
  en: 'The budget lines in the "equipment" category. Each item: label, priceQuotes, amount, path.',
};
