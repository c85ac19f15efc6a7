import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { MinimumSchema, type MinimumParams } from '../minimum-params.js';
import { needed } from '../unknowns.js';
import { equipmentBudgetLines } from './budget-lines.js';

/** The catalogue fact `equipmentLinesShortOfQuotes`. */
export const fact = defineFact({
  name: 'equipmentLinesShortOfQuotes',
  returns: 'list',
  params: MinimumSchema,
  compute: (context, params: MinimumParams) =>
    equipmentBudgetLines(context).flatMap(({ line, path, label }) => {
      // A line that states no number of quotes is not "0 quotes": it is noted as missing.
      const quotes = needed(context, line.priceQuotes, `${path}.priceQuotes`, label);
      return quotes === undefined || quotes >= params.minimum ? [] : [{ label, priceQuotes: quotes, path: `${path}.priceQuotes` }];
    }),
});

/** What `equipmentLinesShortOfQuotes` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng thiết bị ghi số báo giá (priceQuotes) ít hơn params.minimum. Dòng chưa ghi priceQuotes không tính là 0 báo giá: nó được ghi là thiếu số liệu, và tiêu chí dựa vào dữ kiện này là chưa đủ thông tin. Mỗi mục: label, priceQuotes, path.',
  en: 'The equipment lines stating fewer than params.minimum price quotes (priceQuotes). A line that states no priceQuotes is not 0 quotes: it is noted as lacking it, and a rule resting on this fact is incomplete. Each item: label, priceQuotes, path.',
};
