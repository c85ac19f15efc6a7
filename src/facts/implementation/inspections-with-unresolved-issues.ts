import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { inspections } from './inspections.js';

/** The catalogue fact `inspectionsWithUnresolvedIssues`. */
export const fact = defineFact({
  name: 'inspectionsWithUnresolvedIssues',
  returns: 'list',
  compute: (context) =>
    inspections(context).flatMap(({ inspection, path }) => {
      const found = inspection.issuesFound;
      if (found === undefined) {
        noteUnknown(context, `${path}.issuesFound`);
        return [];
      }
      if (found === 0) return [];
      // Issues found and no count of those resolved: not stated is not "none resolved".
      if (inspection.issuesResolved === undefined) {
        noteUnknown(context, `${path}.issuesResolved`);
        return [];
      }
      if (inspection.issuesResolved >= found) return [];
      return [{ date: inspection.date, by: inspection.by, issuesFound: found, issuesResolved: inspection.issuesResolved, path }];
    }),
});

/** What `inspectionsWithUnresolvedIssues` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các lần kiểm tra có phát hiện tồn tại (issuesFound > 0) mà số đã xử lý (issuesResolved) ít hơn. Một lần kiểm tra chưa ghi issuesFound, hoặc có tồn tại mà chưa ghi issuesResolved, không được coi là đã xử lý hay chưa: quy tắc là chưa đủ thông tin, trừ khi đã có lần khác còn tồn tại. Mỗi mục: date, by, issuesFound, issuesResolved, path.',
  en: 'The inspections that found issues (issuesFound > 0) with fewer resolved (issuesResolved). An inspection without issuesFound, or with issues and no issuesResolved, is taken as neither resolved nor not: a rule is incomplete unless another inspection has issues open. Each item: date, by, issuesFound, issuesResolved, path.',
};
