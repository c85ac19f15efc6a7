import type { LocalizedText } from '../../i18n/locale.js';
import { daysBetween } from '../calendar-days.js';
import { defineFact } from '../define.js';

/** The catalogue fact `implementationPlanDaysLate`. */
export const fact = defineFact({
  name: 'implementationPlanDaysLate',
  returns: 'number',
  compute: (context) => {
    const approvedOn = context.dossier.implementation?.planApprovedOn;
    const start = context.dossier.period?.start;
    if (!approvedOn || !start) return undefined;
    const days = daysBetween(start, approvedOn);
    return days > 0 ? days : undefined;
  },
});

/** What `implementationPlanDaysLate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số ngày kế hoạch thực hiện được phê duyệt (implementation.planApprovedOn) sau ngày bắt đầu thực hiện (period.start); không có nếu duyệt đúng hoặc trước ngày đó, hoặc thiếu một trong hai ngày.',
  en: 'How many days after the start of implementation (period.start) the implementation plan was approved (implementation.planApprovedOn); absent when approved on or before that day, or when either date is missing.',
};
