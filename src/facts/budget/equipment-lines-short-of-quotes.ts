import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { MinimumSchema, type MinimumParams } from '../minimum-params.js';
import { equipmentBudgetLines } from './budget-lines.js';

/** The catalogue fact `equipmentLinesShortOfQuotes`. */
export const fact = defineFact({
  name: 'equipmentLinesShortOfQuotes',
  params: MinimumSchema,
  compute: (context, params: MinimumParams) =>
    equipmentBudgetLines(context)
      .filter(({ line }) => line.priceQuotes === undefined || line.priceQuotes < params.minimum)
      .map(({ line, path, label }) => ({ label, priceQuotes: line.priceQuotes, path: `${path}.priceQuotes` })),
});

/** What `equipmentLinesShortOfQuotes` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng thiết bị có ít hơn params.minimum báo giá, hoặc chưa ghi số báo giá (priceQuotes trống). Mỗi mục: label, priceQuotes, path.',
  en: 'The equipment lines with fewer than params.minimum price quotes, or with no priceQuotes stated. Each item: label, priceQuotes, path.',
};
