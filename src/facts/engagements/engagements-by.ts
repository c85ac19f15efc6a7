import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { ENGAGEMENT_PARTIES, ENGAGEMENT_TYPES } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';

const EngagementFilterSchema = z.strictObject({
  parties: z.array(z.enum(ENGAGEMENT_PARTIES)).check(z.minLength(1)),
  types: z.optional(z.array(z.enum(ENGAGEMENT_TYPES)).check(z.minLength(1))),
});

/** The catalogue fact `engagementsBy`. */
export const fact = defineFact({
  name: 'engagementsBy',
  params: EngagementFilterSchema,
  compute: (context, params: z.infer<typeof EngagementFilterSchema>) =>
    (context.dossier.engagements ?? []).flatMap((engagement, index) => {
      const partyMatches = engagement.party !== undefined && params.parties.includes(engagement.party);
      const typeMatches = !params.types || (engagement.type !== undefined && params.types.includes(engagement.type));
      const path = `engagements[${index}]`;
      return partyMatches && typeMatches ? [{ ...engagement, label: itemLabel(engagement.name, path), path }] : [];
    }),
});

/** What `engagementsBy` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các sự tham gia (phê duyệt, thẩm định, phối hợp…) của những bên trong params.parties, và nếu có params.types thì chỉ những loại đó. Mỗi mục: label (tên, hoặc vị trí trong hồ sơ nếu chưa ghi tên), name, party, type, reference, date, path.',
  en: 'The engagements (approval, appraisal, coordination…) by the parties in params.parties, limited to params.types when given. Each item: label (the name, or the place in the dossier when unnamed), name, party, type, reference, date, path.',
};
