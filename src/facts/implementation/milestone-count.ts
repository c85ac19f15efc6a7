import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `milestoneCount`. */
export const fact = defineFact({
  name: 'milestoneCount',
  compute: (context) => context.dossier.implementation?.milestones?.length ?? 0,
});

/** What `milestoneCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số mốc tiến độ trong kế hoạch thực hiện.',
  en: 'The number of milestones in the implementation plan.',
};
