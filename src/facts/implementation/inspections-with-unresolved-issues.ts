import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `inspectionsWithUnresolvedIssues`. */
export const fact = defineFact({
  name: 'inspectionsWithUnresolvedIssues',
  compute: (context) =>
    (context.dossier.implementation?.inspections ?? []).flatMap((inspection, index) => {
      const found = inspection.issuesFound ?? 0;
      if (found === 0 || (inspection.issuesResolved !== undefined && inspection.issuesResolved >= found)) return [];
      return [
        {
          date: inspection.date,
          by: inspection.by,
          issuesFound: found,
          issuesResolved: inspection.issuesResolved,
          path: `implementation.inspections[${index}]`,
        },
      ];
    }),
});

/** What `inspectionsWithUnresolvedIssues` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các lần kiểm tra có phát hiện tồn tại (issuesFound > 0) mà số đã xử lý (issuesResolved) ít hơn hoặc chưa ghi. Mỗi mục: date, by, issuesFound, issuesResolved, path.',
  en: 'The inspections that found issues (issuesFound > 0) with fewer resolved (issuesResolved), or none stated. Each item: date, by, issuesFound, issuesResolved, path.',
};
