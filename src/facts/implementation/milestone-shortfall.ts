import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { MinimumSchema, type MinimumParams } from '../minimum-params.js';

/** The catalogue fact `milestoneShortfall`. */
export const fact = defineFact({
  name: 'milestoneShortfall',
  params: MinimumSchema,
  compute: (context, params: MinimumParams) => {
    const count = context.dossier.implementation?.milestones?.length ?? 0;
    return count < params.minimum ? { count, minimum: params.minimum } : undefined;
  },
});

/** What `milestoneShortfall` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Khi kế hoạch thực hiện có ít hơn params.minimum mốc tiến độ: { count, minimum }; không có nếu đủ.',
  en: 'When the implementation plan has fewer than params.minimum milestones: { count, minimum }; absent when it has enough.',
};
