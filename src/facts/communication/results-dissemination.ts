import type { LocalizedText } from '../../i18n/locale.js';
import { daysBefore } from '../calendar-days.js';
import type { EvaluationContext } from '../context.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { noteUnknown } from '../unknowns.js';
import { datedActivities, undatedActivities } from './activities.js';
import { DaysSchema, type DaysParams } from './days-params.js';

/** The last milestone in the plan (the last one listed), when it has a completion date. */
function lastMilestoneCompletion(context: EvaluationContext) {
  const milestones = context.dossier.implementation?.milestones ?? [];
  const index = milestones.length - 1;
  const last = milestones[index];
  if (!last?.completedOn) return undefined;
  const path = `implementation.milestones[${index}]`;
  return { label: itemLabel(last.name, path), completedOn: last.completedOn, path };
}

/** The catalogue fact `resultsDissemination`. */
export const fact = defineFact({
  name: 'resultsDissemination',
  returns: 'object',
  params: DaysSchema,
  compute: (context, params: DaysParams) => {
    const milestone = lastMilestoneCompletion(context);
    const endDate = milestone?.completedOn ?? context.dossier.period?.end;
    // What the activities lack bears on `activities` only: the end date is decided without them.
    const dated = datedActivities(context, 'activities');
    const common = { lastActivity: dated.at(-1), undated: undatedActivities(context, 'activities') };
    if (!endDate) {
      // With no end date there is no window to look in: the finding is incomplete, naming either date.
      const milestones = context.dossier.implementation?.milestones ?? [];
      const last = milestones.at(-1);
      const milestonePath = last ? `implementation.milestones[${milestones.length - 1}].completedOn` : 'implementation.milestones';
      noteUnknown(context, milestonePath, last?.name);
      noteUnknown(context, 'period.end');
      return { ...common, activities: [], missing: [milestonePath, 'period.end'] };
    }
    const from = daysBefore(endDate, params.days);
    return {
      ...common,
      endDate,
      ...(milestone ? { milestone } : {}),
      from,
      activities: dated.filter((activity) => activity.date >= from),
      missing: [],
    };
  },
});

/** What `resultsDissemination` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Truyền thông kết quả khi kết thúc: endDate (ngày hoàn thành của mốc cuối cùng trong implementation.milestones, nếu không có thì period.end), milestone (mốc cuối khi ngày của nó được dùng: label, completedOn, path), from (endDate trừ params.days ngày), activities (các hoạt động có ngày từ from trở đi), lastActivity (hoạt động có ngày muộn nhất), undated (các hoạt động không ghi ngày), missing (khi không xác định được endDate: trường ngày hoàn thành của mốc cuối, hoặc implementation.milestones nếu chưa có mốc nào, rồi period.end; cả hai được ghi là thiếu số liệu). Ngày của hoạt động không ghi ngày, và communication.activities khi không có, được ghi là thiếu số liệu cho activities.',
  en: 'Communicating results at the end: endDate (the completion date of the last milestone in implementation.milestones, else period.end), milestone (that last milestone when its date is used: label, completedOn, path), from (endDate minus params.days days), activities (those dated on or after `from`), lastActivity (the latest dated activity), undated (the activities with no date), missing (when endDate cannot be found: the completion field of the last milestone, or implementation.milestones when there is none, then period.end; both are noted as lacking). The date of an undated activity, and an absent communication.activities, are noted as lacking for `activities`.',
};
