import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { ENGAGEMENT_PARTIES, ENGAGEMENT_TYPES } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { needed, noteUnknown } from '../unknowns.js';

const EngagementFilterSchema = z.strictObject({
  parties: z.array(z.enum(ENGAGEMENT_PARTIES)).check(z.minLength(1)),
  types: z.optional(z.array(z.enum(ENGAGEMENT_TYPES)).check(z.minLength(1))),
});

/**
 * The catalogue fact `engagementsBy`. It lists only the engagements known to match; an absent
 * list, or an engagement whose party (or, when types are asked, whose type) is not given, is noted
 * as lacking, since supplying it could add a match. A match listed decides (`isEmpty` false) all the same.
 */
export const fact = defineFact({
  name: 'engagementsBy',
  returns: 'list',
  params: EngagementFilterSchema,
  compute: (context, params: z.infer<typeof EngagementFilterSchema>) =>
    (needed(context, context.dossier.engagements, 'engagements') ?? []).flatMap((engagement, index) => {
      const path = `engagements[${index}]`;
      const label = itemLabel(engagement.name, path);
      if (engagement.party === undefined) {
        noteUnknown(context, `${path}.party`, label);
        return [];
      }
      if (!params.parties.includes(engagement.party)) return [];
      if (params.types) {
        if (engagement.type === undefined) {
          noteUnknown(context, `${path}.type`, label);
          return [];
        }
        if (!params.types.includes(engagement.type)) return [];
      }
      return [{ ...engagement, label, path }];
    }),
});

/** What `engagementsBy` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các sự tham gia (phê duyệt, thẩm định, phối hợp…) của những bên trong params.parties, và nếu có params.types thì chỉ những loại đó. Mỗi mục: label (tên, hoặc vị trí trong hồ sơ nếu chưa ghi tên), name, party, type, reference, date, path. Hồ sơ không có danh sách engagements, hoặc một mục chưa ghi bên (party) hay loại (type, khi params.types được nêu), không được coi là không có: quy tắc là chưa đủ thông tin, trừ khi đã có mục khớp.',
  en: 'The engagements (approval, appraisal, coordination…) by the parties in params.parties, limited to params.types when given. Each item: label (the name, or the place in the dossier when unnamed), name, party, type, reference, date, path. No engagements list, or an item without its party (or its type, when params.types is given), is not taken as none: a rule is incomplete unless a matching item is listed.',
};
