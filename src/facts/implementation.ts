import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import * as z from 'zod/mini';
import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';

const GapSchema = z.strictObject({ days: z.int().check(z.minimum(1)) });
const MinimumSchema = z.strictObject({ minimum: z.int().check(z.minimum(0)) });
const WithinDaysSchema = z.strictObject({ withinDays: z.int().check(z.minimum(0)) });

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

function plusDays(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

/** The parties that stand for "the investor / coordinating unit" in a milestone's owner or support. */
const PARTNER_PARTIES: readonly string[] = ['investor', 'coordinating'];

/** A final evaluation as the `finalEvaluationTiming` fact reports it. */
interface FinalEvaluationItem {
  date: string | undefined;
  daysAfterEnd: number | undefined;
  daysLate: number | undefined;
  beforeEnd: boolean;
  lessonsLearned: boolean;
  path: string;
}

function milestones(context: EvaluationContext) {
  return (context.dossier.implementation?.milestones ?? []).map((milestone, index) => {
    const path = `implementation.milestones[${index}]`;
    return { milestone, path, label: itemLabel(milestone.name, path) };
  });
}

export const implementationFacts = [
  defineFact({
    name: 'milestoneCount',
    description: { vi: 'Số mốc tiến độ trong kế hoạch thực hiện.', en: 'The number of milestones in the implementation plan.' },
    compute: (context) => context.dossier.implementation?.milestones?.length ?? 0,
  }),
  defineFact({
    name: 'milestoneShortfall',
    description: {
      vi: 'Khi kế hoạch thực hiện có ít hơn params.minimum mốc tiến độ: { count, minimum }; không có nếu đủ.',
      en: 'When the implementation plan has fewer than params.minimum milestones: { count, minimum }; absent when it has enough.',
    },
    params: MinimumSchema,
    compute: (context, params: z.infer<typeof MinimumSchema>) => {
      const count = context.dossier.implementation?.milestones?.length ?? 0;
      return count < params.minimum ? { count, minimum: params.minimum } : undefined;
    },
  }),
  defineFact({
    name: 'implementationPlanDaysLate',
    description: {
      vi: 'Số ngày kế hoạch thực hiện được phê duyệt (implementation.planApprovedOn) sau ngày bắt đầu thực hiện (period.start); không có nếu duyệt đúng hoặc trước ngày đó, hoặc thiếu một trong hai ngày.',
      en: 'How many days after the start of implementation (period.start) the implementation plan was approved (implementation.planApprovedOn); absent when approved on or before that day, or when either date is missing.',
    },
    compute: (context) => {
      const approvedOn = context.dossier.implementation?.planApprovedOn;
      const start = context.dossier.period?.start;
      if (!approvedOn || !start) return undefined;
      const days = daysBetween(start, approvedOn);
      return days > 0 ? days : undefined;
    },
  }),
  defineFact({
    name: 'milestonesOutsidePeriod',
    description: {
      vi: 'Các mốc tiến độ không có hạn (due) hoặc có hạn trước period.start (beforeStart) hay sau period.end (afterEnd). Rỗng khi hồ sơ chưa có period.start hoặc period.end. Mỗi mục: label, due, beforeStart, afterEnd, path.',
      en: 'The milestones with no due date, or due before period.start (beforeStart) or after period.end (afterEnd). Empty when the dossier lacks period.start or period.end. Each item: label, due, beforeStart, afterEnd, path.',
    },
    compute: (context) => {
      const start = context.dossier.period?.start;
      const end = context.dossier.period?.end;
      if (!start || !end) return [];
      return milestones(context).flatMap(({ milestone, path, label }) => {
        const due = milestone.due;
        const beforeStart = due !== undefined && due < start;
        const afterEnd = due !== undefined && due > end;
        if (due !== undefined && !beforeStart && !afterEnd) return [];
        return [{ label, due, beforeStart, afterEnd, path: `${path}.due` }];
      });
    },
  }),
  defineFact({
    name: 'milestonesWithoutOwner',
    description: {
      vi: 'Các mốc tiến độ chưa có đơn vị chịu trách nhiệm (owner). Mỗi mục: label, path.',
      en: 'The milestones with no owner. Each item: label, path.',
    },
    compute: (context) =>
      milestones(context)
        .filter(({ milestone }) => milestone.owner === undefined)
        .map(({ path, label }) => ({ label, path: `${path}.owner` })),
  }),
  defineFact({
    name: 'milestoneDuties',
    description: {
      vi: 'Tên các mốc tiến độ mà mỗi bên chịu trách nhiệm (owner) hoặc phối hợp (support): { presiding: đơn vị chủ trì, partner: chủ đầu tư hoặc đơn vị phối hợp ("investor", "coordinating") }.',
      en: 'The names of the milestones each side owns or supports: { presiding: the presiding unit, partner: the investor or a coordinating unit ("investor", "coordinating") }.',
    },
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
  }),
  defineFact({
    name: 'inspectionCount',
    description: { vi: 'Số lần kiểm tra, giám sát được ghi trong hồ sơ.', en: 'The number of inspections recorded.' },
    compute: (context) => context.dossier.implementation?.inspections?.length ?? 0,
  }),
  defineFact({
    name: 'inspectionGapsLongerThan',
    description: {
      vi: 'Các khoảng thời gian dài hơn params.days ngày không có kiểm tra, giám sát, tính từ period.start qua các lần kiểm tra đến ngày sớm hơn giữa period.end và ngày đánh giá. Mỗi mục: from, to, days, untilAsOf (khoảng cuối kéo dài đến ngày đánh giá).',
      en: 'The stretches longer than params.days days without an inspection, from period.start through the inspections to the earlier of period.end and the evaluation date. Each item: from, to, days, untilAsOf (the last stretch runs to the evaluation date).',
    },
    params: GapSchema,
    compute: (context, params: z.infer<typeof GapSchema>) => {
      const start = context.dossier.period?.start;
      if (!start) return [];
      const plannedEnd = context.dossier.period?.end;
      const endpoint = plannedEnd && plannedEnd < context.asOf ? plannedEnd : context.asOf;
      if (endpoint <= start) return [];
      const inspections = (context.dossier.implementation?.inspections ?? [])
        .flatMap((inspection) => (inspection.date && inspection.date > start && inspection.date < endpoint ? [inspection.date] : []))
        .sort();
      const points = [start, ...new Set(inspections), endpoint];
      const gaps = [];
      for (let index = 1; index < points.length; index += 1) {
        const from = points[index - 1]!;
        const to = points[index]!;
        const days = daysBetween(from, to);
        if (days > params.days) gaps.push({ from, to, days, untilAsOf: index === points.length - 1 && to === context.asOf });
      }
      return gaps;
    },
  }),
  defineFact({
    name: 'inspectionIssuesFound',
    description: {
      vi: 'Tổng số tồn tại, vướng mắc các lần kiểm tra đã phát hiện (cộng issuesFound).',
      en: 'The total number of issues the inspections found (the sum of issuesFound).',
    },
    compute: (context) =>
      (context.dossier.implementation?.inspections ?? []).reduce((sum, inspection) => sum + (inspection.issuesFound ?? 0), 0),
  }),
  defineFact({
    name: 'inspectionsWithUnresolvedIssues',
    description: {
      vi: 'Các lần kiểm tra có phát hiện tồn tại (issuesFound > 0) mà số đã xử lý (issuesResolved) ít hơn hoặc chưa ghi. Mỗi mục: date, by, issuesFound, issuesResolved, path.',
      en: 'The inspections that found issues (issuesFound > 0) with fewer resolved (issuesResolved), or none stated. Each item: date, by, issuesFound, issuesResolved, path.',
    },
    compute: (context) =>
      (context.dossier.implementation?.inspections ?? []).flatMap((inspection, index) => {
        const found = inspection.issuesFound ?? 0;
        if (found === 0 || (inspection.issuesResolved !== undefined && inspection.issuesResolved >= found)) return [];
        return [
          {
            date: inspection.date,
            by: inspection.by,
            issuesFound: found,
            issuesResolved: inspection.issuesResolved,
            path: `implementation.inspections[${index}]`,
          },
        ];
      }),
  }),
  defineFact({
    name: 'finalEvaluationTiming',
    description: {
      vi: 'Các đánh giá tổng kết (kind "final") so với hạn params.withinDays ngày sau period.end: { deadline, timely, others } — timely: có rút bài học kinh nghiệm (lessonsLearned) và ghi ngày từ period.end đến deadline; others: các đánh giá tổng kết còn lại. Mỗi mục: date, daysAfterEnd, daysLate (số ngày quá hạn), beforeEnd (ghi ngày trước period.end), lessonsLearned, path.',
      en: 'The final evaluations (kind "final") against the deadline of params.withinDays days after period.end: { deadline, timely, others } — timely: with lessons learned (lessonsLearned) and dated from period.end up to the deadline; others: the remaining final evaluations. Each item: date, daysAfterEnd, daysLate (days past the deadline), beforeEnd (dated before period.end), lessonsLearned, path.',
    },
    params: WithinDaysSchema,
    compute: (context, params: z.infer<typeof WithinDaysSchema>) => {
      const end = context.dossier.period?.end;
      const timely: FinalEvaluationItem[] = [];
      const others: FinalEvaluationItem[] = [];
      for (const [index, evaluation] of (context.dossier.implementation?.evaluations ?? []).entries()) {
        if (evaluation.kind !== 'final') continue;
        const daysAfterEnd = end && evaluation.date ? daysBetween(end, evaluation.date) : undefined;
        const item: FinalEvaluationItem = {
          date: evaluation.date,
          daysAfterEnd,
          daysLate: daysAfterEnd !== undefined && daysAfterEnd > params.withinDays ? daysAfterEnd - params.withinDays : undefined,
          beforeEnd: daysAfterEnd !== undefined && daysAfterEnd < 0,
          lessonsLearned: evaluation.lessonsLearned === true,
          path: `implementation.evaluations[${index}]`,
        };
        const inTime = daysAfterEnd !== undefined && daysAfterEnd >= 0 && daysAfterEnd <= params.withinDays;
        (inTime && item.lessonsLearned ? timely : others).push(item);
      }
      return { deadline: end ? plusDays(end, params.withinDays) : undefined, timely, others };
    },
  }),
];
