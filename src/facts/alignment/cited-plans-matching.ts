import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { PLAN_KINDS } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { citedPlans, type CitedPlan } from './cited-plan.js';

const PlanFilterSchema = z.strictObject({
  kinds: z.optional(z.array(z.enum(PLAN_KINDS)).check(z.minLength(1))),
  sectorListed: z.optional(z.boolean()),
});

/** The catalogue fact `citedPlansMatching`. */
export const fact = defineFact({
  name: 'citedPlansMatching',
  returns: 'list',
  params: PlanFilterSchema,
  compute: (context, params: z.infer<typeof PlanFilterSchema>) =>
    citedPlans(context).filter((plan) => {
      const kind = params.kinds ? fieldMatches(plan, 'kind', (value) => (params.kinds as readonly string[]).includes(value)) : true;
      // A plan of another kind is out whatever else it lacks; one that may be of the kind sought still counts.
      if (kind === false) return false;
      const sector = params.sectorListed === undefined ? true : fieldMatches(plan, 'sectorListed', (value) => value === params.sectorListed);
      if (sector === false) return false;
      for (const [field, truth] of [['kind', kind], ['sectorListed', sector]] as const) {
        if (truth === 'unknown') noteUnknown(context, `${plan.path}.${field}`, plan.label);
      }
      return kind === true && sector === true;
    }),
});

/** Whether a plan's field passes the filter, or `'unknown'` when the plan does not state it. */
function fieldMatches<Field extends 'kind' | 'sectorListed'>(plan: CitedPlan, field: Field, test: (value: NonNullable<CitedPlan[Field]>) => boolean): boolean | 'unknown' {
  const value = plan[field];
  // A normalised dossier holds no null (src/schema/normalize.ts): an unstated field is undefined.
  return value === undefined ? 'unknown' : test(value as NonNullable<CitedPlan[Field]>);
}

/** What `citedPlansMatching` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mục của citedPlans có loại thuộc params.kinds (nếu có) và có sectorListed bằng params.sectorListed (nếu có). Văn bản không ghi trường mà bộ lọc cần (kind, sectorListed) không được liệt kê, và trường đó được ghi là thiếu số liệu: văn bản có thể là văn bản cần tìm; văn bản đã biết là khác loại thì không.',
  en: 'The items of citedPlans whose kind is in params.kinds (when given) and whose sectorListed equals params.sectorListed (when given). A plan that does not state a field the filter needs (kind, sectorListed) is left out and that field noted as lacking, since it may be one of those sought; a plan known not to match is not.',
};
