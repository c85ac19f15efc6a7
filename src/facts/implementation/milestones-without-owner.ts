import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { milestones } from './milestones.js';

/** The catalogue fact `milestonesWithoutOwner`. */
export const fact = defineFact({
  name: 'milestonesWithoutOwner',
  returns: 'list',
  // The plan itself is what is judged: a milestone the plan gives no owner has none assigned.
  compute: (context) =>
    milestones(context)
      .filter(({ milestone }) => milestone.owner === undefined)
      .map(({ path, label }) => ({ label, path: `${path}.owner` })),
});

/** What `milestonesWithoutOwner` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mốc tiến độ chưa có đơn vị chịu trách nhiệm (owner). Mỗi mục: label, path.',
  en: 'The milestones with no owner. Each item: label, path.',
};
