import type { LocalizedText } from '../../i18n/locale.js';
import { daysBefore } from '../calendar-days.js';
import type { EvaluationContext } from '../context.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
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
  params: DaysSchema,
  compute: (context, params: DaysParams) => {
    const milestone = lastMilestoneCompletion(context);
    const endDate = milestone?.completedOn ?? context.dossier.period?.end;
    const dated = datedActivities(context);
    const common = { lastActivity: dated.at(-1), undated: undatedActivities(context) };
    if (!endDate) {
      const count = context.dossier.implementation?.milestones?.length ?? 0;
      const milestonePath = count > 0 ? `implementation.milestones[${count - 1}].completedOn` : 'implementation.milestones';
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
  vi: 'Truyền thông kết quả khi kết thúc: endDate (ngày hoàn thành của mốc cuối cùng trong implementation.milestones, nếu không có thì period.end), milestone (mốc cuối khi ngày của nó được dùng: label, completedOn, path), from (endDate trừ params.days ngày), activities (các hoạt động có ngày từ from trở đi), lastActivity (hoạt động có ngày muộn nhất), undated (các hoạt động không ghi ngày), missing (khi không xác định được endDate: trường ngày hoàn thành của mốc cuối, hoặc implementation.milestones nếu chưa có mốc nào, rồi period.end).',
  en: 'Communicating results at the end: endDate (the completion date of the last milestone in implementation.milestones, else period.end), milestone (that last milestone when its date is used: label, completedOn, path), from (endDate minus params.days days), activities (those dated on or after `from`), lastActivity (the latest dated activity), undated (the activities with no date), missing (when endDate cannot be found: the completion field of the last milestone, or implementation.milestones when there is none, then period.end).',
};
