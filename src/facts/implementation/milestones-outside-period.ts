import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { milestones } from './milestones.js';

/** The catalogue fact `milestonesOutsidePeriod`. */
export const fact = defineFact({
  name: 'milestonesOutsidePeriod',
  returns: 'list',
  compute: (context) => {
    const start = context.dossier.period?.start;
    const end = context.dossier.period?.end;
    if (!start || !end) return [];
    // A milestone the plan gives no due date is a defect of the plan, listed as such.
    return milestones(context).flatMap(({ milestone, path, label }) => {
      const due = milestone.due;
      const beforeStart = due !== undefined && due < start;
      const afterEnd = due !== undefined && due > end;
      if (due !== undefined && !beforeStart && !afterEnd) return [];
      return [{ label, due, beforeStart, afterEnd, path: `${path}.due` }];
    });
  },
});

/** What `milestonesOutsidePeriod` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mốc tiến độ không có hạn (due) hoặc có hạn trước period.start (beforeStart) hay sau period.end (afterEnd). Rỗng khi hồ sơ chưa có period.start hoặc period.end. Mỗi mục: label, due, beforeStart, afterEnd, path.',
  en: 'The milestones with no due date, or due before period.start (beforeStart) or after period.end (afterEnd). Empty when the dossier lacks period.start or period.end. Each item: label, due, beforeStart, afterEnd, path.',
};
