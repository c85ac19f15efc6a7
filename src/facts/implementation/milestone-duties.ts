import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { milestones } from './milestones.js';

/** The parties that stand for "the investor / coordinating unit" in a milestone's owner or support. */
const PARTNER_PARTIES: readonly string[] = ['investor', 'coordinating'];

/** The catalogue fact `milestoneDuties`. */
export const fact = defineFact({
  name: 'milestoneDuties',
  returns: 'object',
  compute: (context) => {
    const presiding: string[] = [];
    const partner: string[] = [];
    for (const { milestone, label } of milestones(context)) {
      const parties = [milestone.owner, ...(milestone.support ?? [])].filter((party) => party !== undefined);
      if (parties.includes('presiding')) presiding.push(label);
      if (parties.some((party) => PARTNER_PARTIES.includes(party))) partner.push(label);
    }
    return { presiding, partner };
  },
});

/** What `milestoneDuties` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tên các mốc tiến độ mà mỗi bên chịu trách nhiệm (owner) hoặc phối hợp (support): { presiding: đơn vị chủ trì, partner: chủ đầu tư hoặc đơn vị phối hợp ("investor", "coordinating") }.',
  en: 'The names of the milestones each side owns or supports: { presiding: the presiding unit, partner: the investor or a coordinating unit ("investor", "coordinating") }.',
};
