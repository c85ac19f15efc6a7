import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { inspections } from './inspections.js';

/** The catalogue fact `inspectionIssuesFound`. */
export const fact = defineFact({
  name: 'inspectionIssuesFound',
  returns: 'number',
  compute: (context) => {
    const recorded = inspections(context);
    const total = recorded.reduce((sum, { inspection }) => sum + (inspection.issuesFound ?? 0), 0);
    // Issues already found decide "some were found"; only when none is known do the untold counts matter.
    if (total === 0) for (const { inspection, path } of recorded) if (inspection.issuesFound === undefined) noteUnknown(context, `${path}.issuesFound`);
    // Without the list (noted by inspections()), the total of none is not 0.
    return context.dossier.implementation?.inspections == null ? undefined : total;
  },
});

/** What `inspectionIssuesFound` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tổng số tồn tại, vướng mắc các lần kiểm tra đã phát hiện (cộng issuesFound của các lần có ghi). Khi chưa lần nào ghi có tồn tại, một lần kiểm tra chưa ghi issuesFound, hoặc hồ sơ không có implementation.inspections, không được coi là 0: quy tắc là chưa đủ thông tin.',
  en: 'The total number of issues the inspections found (the sum of the issuesFound stated). While no inspection is known to have found issues, an inspection without issuesFound, or no implementation.inspections, is not read as 0: a rule is incomplete.',
};
