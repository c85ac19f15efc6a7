import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { needed } from '../unknowns.js';

/** The catalogue fact `inspectionCount`. */
export const fact = defineFact({
  name: 'inspectionCount',
  returns: 'number',
  compute: (context) => needed(context, context.dossier.implementation?.inspections, 'implementation.inspections')?.length,
});

/** What `inspectionCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số lần kiểm tra, giám sát được ghi trong hồ sơ; 0 khi hồ sơ ghi danh sách rỗng. Hồ sơ không có implementation.inspections không được coi là 0 lần.',
  en: 'The number of inspections recorded; 0 when the dossier gives an empty list. No implementation.inspections is not read as 0.',
};
