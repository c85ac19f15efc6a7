import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { needed } from '../unknowns.js';

/** The catalogue fact `budgetLineCount`. */
export const fact = defineFact({
  name: 'budgetLineCount',
  returns: 'number',
  // Every project document carries its cost estimate: no lines is "not stated", not "no budget".
  compute: (context) => needed(context, context.dossier.budget?.lines, 'budget.lines')?.length,
});

/** What `budgetLineCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số dòng dự toán kinh phí; 0 khi hồ sơ ghi danh sách rỗng. Hồ sơ không có budget.lines không được coi là không có dòng nào: quy tắc là chưa đủ thông tin, nêu budget.lines.',
  en: 'The number of budget lines; 0 when the dossier gives an empty list. No budget.lines is not taken as none: a rule is incomplete, naming budget.lines.',
};
