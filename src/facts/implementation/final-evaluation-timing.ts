import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { daysAfter, daysBetween } from '../calendar-days.js';
import { defineFact } from '../define.js';
import { needed, noteUnknown } from '../unknowns.js';

const WithinDaysSchema = z.strictObject({ withinDays: z.int().check(z.minimum(0)) });

/** A final evaluation as the `finalEvaluationTiming` fact reports it. */
interface FinalEvaluationItem {
  date: string | undefined;
  daysAfterEnd: number | undefined;
  daysLate: number | undefined;
  beforeEnd: boolean;
  lessonsLearned: boolean;
  path: string;
}

/** The catalogue fact `finalEvaluationTiming`. */
export const fact = defineFact({
  name: 'finalEvaluationTiming',
  returns: 'object',
  params: WithinDaysSchema,
  compute: (context, params: z.infer<typeof WithinDaysSchema>) => {
    const end = context.dossier.period?.end;
    const timely: FinalEvaluationItem[] = [];
    const others: FinalEvaluationItem[] = [];
    for (const [index, evaluation] of (needed(context, context.dossier.implementation?.evaluations, 'implementation.evaluations') ?? []).entries()) {
      const path = `implementation.evaluations[${index}]`;
      // An evaluation of no stated kind could be the final one.
      if (evaluation.kind === undefined) noteUnknown(context, `${path}.kind`);
      if (evaluation.kind !== 'final') continue;
      const daysAfterEnd = end && evaluation.date ? daysBetween(end, evaluation.date) : undefined;
      const item: FinalEvaluationItem = {
        date: evaluation.date,
        daysAfterEnd,
        daysLate: daysAfterEnd !== undefined && daysAfterEnd > params.withinDays ? daysAfterEnd - params.withinDays : undefined,
        beforeEnd: daysAfterEnd !== undefined && daysAfterEnd < 0,
        lessonsLearned: evaluation.lessonsLearned === true,
        path,
      };
      const inTime = daysAfterEnd !== undefined && daysAfterEnd >= 0 && daysAfterEnd <= params.withinDays;
      // Not stated is not "no lessons" nor "not in time": an undated one, or one in time that does not say, is noted.
      if (end && evaluation.date === undefined) noteUnknown(context, `${path}.date`);
      if (inTime && evaluation.lessonsLearned === undefined) noteUnknown(context, `${path}.lessonsLearned`);
      (inTime && item.lessonsLearned ? timely : others).push(item);
    }
    return { deadline: end ? daysAfter(end, params.withinDays) : undefined, timely, others };
  },
});

/** What `finalEvaluationTiming` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các đánh giá tổng kết (kind "final") so với hạn params.withinDays ngày sau period.end: { deadline, timely, others } — timely: có rút bài học kinh nghiệm (lessonsLearned) và ghi ngày từ period.end đến deadline; others: các đánh giá tổng kết còn lại. Hồ sơ không có implementation.evaluations, một đánh giá chưa ghi loại (kind) hay ngày, hoặc đánh giá đúng hạn chưa ghi lessonsLearned: quy tắc là chưa đủ thông tin, trừ khi đã có đánh giá đúng hạn. Mỗi mục: date, daysAfterEnd, daysLate (số ngày quá hạn), beforeEnd (ghi ngày trước period.end), lessonsLearned, path.',
  en: 'The final evaluations (kind "final") against the deadline of params.withinDays days after period.end: { deadline, timely, others } — timely: with lessons learned (lessonsLearned) and dated from period.end up to the deadline; others: the remaining final evaluations. No implementation.evaluations, an evaluation without its kind or date, or one in time that does not state lessonsLearned: a rule is incomplete unless a timely one is listed. Each item: date, daysAfterEnd, daysLate (days past the deadline), beforeEnd (dated before period.end), lessonsLearned, path.',
};
