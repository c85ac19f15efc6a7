import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { needed } from '../unknowns.js';

/** The catalogue fact `milestoneCount`. */
export const fact = defineFact({
  name: 'milestoneCount',
  returns: 'number',
  compute: (context) => needed(context, context.dossier.implementation?.milestones, 'implementation.milestones')?.length,
});

/** What `milestoneCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số mốc tiến độ trong kế hoạch thực hiện; 0 khi hồ sơ ghi danh sách rỗng. Hồ sơ không có implementation.milestones không được coi là không có mốc nào: quy tắc là chưa đủ thông tin.',
  en: 'The number of milestones in the implementation plan; 0 when the dossier gives an empty list. No implementation.milestones is not taken as none: a rule is incomplete.',
};
