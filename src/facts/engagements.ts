import * as z from 'zod/mini';
import { ENGAGEMENT_PARTIES, ENGAGEMENT_TYPES } from '../schema/enums.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';

const EngagementFilterSchema = z.strictObject({
  parties: z.array(z.enum(ENGAGEMENT_PARTIES)).check(z.minLength(1)),
  types: z.optional(z.array(z.enum(ENGAGEMENT_TYPES)).check(z.minLength(1))),
});

export const engagementFacts = [
  defineFact({
    name: 'engagementsBy',
    params: EngagementFilterSchema,
    compute: (context, params: z.infer<typeof EngagementFilterSchema>) =>
      (context.dossier.engagements ?? []).flatMap((engagement, index) => {
        const partyMatches = engagement.party !== undefined && params.parties.includes(engagement.party);
        const typeMatches = !params.types || (engagement.type !== undefined && params.types.includes(engagement.type));
        const path = `engagements[${index}]`;
        return partyMatches && typeMatches ? [{ ...engagement, label: itemLabel(engagement.name, path), path }] : [];
      }),
  }),
];
