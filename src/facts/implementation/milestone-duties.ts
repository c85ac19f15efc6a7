import type { LocalizedText } from '../../i18n/locale.js';
import type { MILESTONE_PARTIES } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { milestones } from './milestones.js';

type MilestoneParty = (typeof MILESTONE_PARTIES)[number];

/** The parties that stand for "the investor / coordinating unit" in a milestone's owner or support. */
const PARTNER_PARTIES: readonly MilestoneParty[] = ['investor', 'coordinating'];

/** The catalogue fact `milestoneDuties`. */
export const fact = defineFact({
  name: 'milestoneDuties',
  returns: 'object',
  compute: (context) => {
    const presiding: string[] = [];
    const partner: string[] = [];
    for (const { milestone, label } of milestones(context)) {
      const takesPart = (party: MilestoneParty) => milestone.owner === party || milestone.support?.includes(party);
      if (takesPart('presiding')) presiding.push(label);
      if (PARTNER_PARTIES.some(takesPart)) partner.push(label);
    }
    return { presiding, partner };
  },
});

/** What `milestoneDuties` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tên các mốc tiến độ mà mỗi bên chịu trách nhiệm (owner) hoặc phối hợp (support): { presiding: đơn vị chủ trì, partner: chủ đầu tư hoặc đơn vị phối hợp ("investor", "coordinating") }.',
  en: 'The names of the milestones each side owns or supports: { presiding: the presiding unit, partner: the investor or a coordinating unit ("investor", "coordinating") }.',
};
