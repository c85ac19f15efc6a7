import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `inspectionIssuesFound`. */
export const fact = defineFact({
  name: 'inspectionIssuesFound',
  compute: (context) =>
    (context.dossier.implementation?.inspections ?? []).reduce((sum, inspection) => sum + (inspection.issuesFound ?? 0), 0),
});

/** What `inspectionIssuesFound` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tổng số tồn tại, vướng mắc các lần kiểm tra đã phát hiện (cộng issuesFound).',
  en: 'The total number of issues the inspections found (the sum of issuesFound).',
};
