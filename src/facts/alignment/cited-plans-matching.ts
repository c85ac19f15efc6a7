import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { PLAN_KINDS } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { citedPlans } from './cited-plan.js';

const PlanFilterSchema = z.strictObject({
  kinds: z.optional(z.array(z.enum(PLAN_KINDS)).check(z.minLength(1))),
  sectorListed: z.optional(z.boolean()),
});

/** The catalogue fact `citedPlansMatching`. */
export const fact = defineFact({
  name: 'citedPlansMatching',
  params: PlanFilterSchema,
  compute: (context, params: z.infer<typeof PlanFilterSchema>) =>
    citedPlans(context).filter(
      (plan) =>
        (!params.kinds || (plan.kind !== undefined && (params.kinds as readonly string[]).includes(plan.kind))) &&
        (params.sectorListed === undefined || plan.sectorListed === params.sectorListed),
    ),
});

/** What `citedPlansMatching` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mục của citedPlans có loại thuộc params.kinds (nếu có) và có sectorListed bằng params.sectorListed (nếu có).',
  en: 'The items of citedPlans whose kind is in params.kinds (when given) and whose sectorListed equals params.sectorListed (when given).',
};
