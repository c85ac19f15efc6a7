import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { daysBetween } from '../calendar-days.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { inspections as recordedInspections } from './inspections.js';

const GapSchema = z.strictObject({ days: z.int().check(z.minimum(1)) });

/** The catalogue fact `inspectionGapsLongerThan`. */
export const fact = defineFact({
  name: 'inspectionGapsLongerThan',
  returns: 'list',
  params: GapSchema,
  compute: (context, params: z.infer<typeof GapSchema>) => {
    const { start, end: plannedEnd } = context.dossier.period ?? {};
    if (!start) return [];
    const endpoint = plannedEnd && plannedEnd < context.asOf ? plannedEnd : context.asOf;
    if (endpoint <= start) return [];
    const recorded = recordedInspections(context);
    // An absent list, or an inspection with no date, could close any gap: no gap is claimed then.
    const undated = recorded.filter(({ inspection }) => inspection.date === undefined);
    for (const { path } of undated) noteUnknown(context, `${path}.date`);
    if (context.dossier.implementation?.inspections === undefined || undated.length > 0) return [];
    const inspections = recorded
      .flatMap(({ inspection }) => (inspection.date && inspection.date > start && inspection.date < endpoint ? [inspection.date] : []))
      .sort();
    // Two inspections on one day make a gap of 0 days, never longer than the limit (at least 1).
    const points = [start, ...inspections, endpoint];
    const gaps = [];
    for (let index = 1; index < points.length; index += 1) {
      const from = points[index - 1]!;
      const to = points[index]!;
      const days = daysBetween(from, to);
      if (days > params.days) gaps.push({ from, to, days, untilAsOf: to === context.asOf });
    }
    return gaps;
  },
});

/** What `inspectionGapsLongerThan` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các khoảng thời gian dài hơn params.days ngày không có kiểm tra, giám sát, tính từ period.start qua các lần kiểm tra đến ngày sớm hơn giữa period.end và ngày đánh giá. Mỗi mục: from, to, days, untilAsOf (khoảng cuối kéo dài đến ngày đánh giá). Hồ sơ không có implementation.inspections, hoặc có lần kiểm tra chưa ghi ngày, không được coi là không kiểm tra: quy tắc là chưa đủ thông tin.',
  en: 'The stretches longer than params.days days without an inspection, from period.start through the inspections to the earlier of period.end and the evaluation date. Each item: from, to, days, untilAsOf (the last stretch runs to the evaluation date). No implementation.inspections, or an inspection without a date, is not read as no inspection: a rule is incomplete.',
};
