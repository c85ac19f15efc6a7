import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { MinimumSchema, type MinimumParams } from '../minimum-params.js';
import { needed } from '../unknowns.js';

/** The catalogue fact `milestoneShortfall`. */
export const fact = defineFact({
  name: 'milestoneShortfall',
  returns: 'object',
  params: MinimumSchema,
  compute: (context, params: MinimumParams) => {
    const count = needed(context, context.dossier.implementation?.milestones, 'implementation.milestones')?.length;
    return count !== undefined && count < params.minimum ? { count, minimum: params.minimum } : undefined;
  },
});

/** What `milestoneShortfall` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Khi kế hoạch thực hiện có ít hơn params.minimum mốc tiến độ: { count, minimum }; không có nếu đủ. Hồ sơ không có implementation.milestones: quy tắc là chưa đủ thông tin (không coi là 0 mốc).',
  en: 'When the implementation plan has fewer than params.minimum milestones: { count, minimum }; absent when it has enough. No implementation.milestones: a rule is incomplete (not read as 0 milestones).',
};
