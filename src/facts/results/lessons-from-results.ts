import type { LocalizedText } from '../../i18n/locale.js';
import { daysBetween } from '../calendar-days.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';

/** A final evaluation that records (or may record) lessons learned, against the date the results were reported. */
interface LessonsItem {
  date: string | undefined;
  /** Days from `results.reportedOn` to the evaluation; negative when it came first. */
  daysAfterResults: number | undefined;
  path: string;
}

/** The catalogue fact `lessonsFromResults`. */
export const fact = defineFact({
  name: 'lessonsFromResults',
  returns: 'object',
  compute: (context) => {
    const results = context.dossier.results;
    const reportedOn = results?.reportedOn;
    // Only a results section without its date is a gap here; no section at all is L5-results-recorded's finding.
    if (results !== undefined && reportedOn === undefined) noteUnknown(context, 'results.reportedOn');
    const candidates: LessonsItem[] = [];
    const drawn: LessonsItem[] = [];
    const before: LessonsItem[] = [];
    const evaluations = context.dossier.implementation?.evaluations;
    // No list of evaluations may hide a final one: noted, so the rule is incomplete rather than not applicable.
    if (evaluations === undefined) noteUnknown(context, 'implementation.evaluations');
    for (const [index, evaluation] of (evaluations ?? []).entries()) {
      const path = `implementation.evaluations[${index}]`;
      // An evaluation of unstated kind may be the final one.
      if (evaluation.kind === undefined) noteUnknown(context, `${path}.kind`);
      // An evaluation that says it drew no lessons has nothing to link to the results (L5-final-evaluation's finding).
      if (evaluation.kind !== 'final' || evaluation.lessonsLearned === false) continue;
      const daysAfterResults = reportedOn && evaluation.date ? daysBetween(reportedOn, evaluation.date) : undefined;
      const item: LessonsItem = { date: evaluation.date, daysAfterResults, path };
      candidates.push(item);
      if (evaluation.lessonsLearned === undefined) noteUnknown(context, `${path}.lessonsLearned`);
      if (evaluation.date === undefined) noteUnknown(context, `${path}.date`);
      if (evaluation.lessonsLearned !== true || daysAfterResults === undefined) continue;
      (daysAfterResults >= 0 ? drawn : before).push(item);
    }
    return { reportedOn, candidates, drawn, before };
  },
});

/** What `lessonsFromResults` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các đánh giá tổng kết (kind "final") so với ngày báo cáo kết quả nghiệm thu (results.reportedOn): { reportedOn, candidates, drawn, before } — candidates: các đánh giá tổng kết không ghi lessonsLearned: false; drawn: có rút bài học kinh nghiệm và ghi ngày từ results.reportedOn trở đi; before: có rút bài học nhưng ghi ngày trước results.reportedOn. Mỗi mục: date, daysAfterResults, path. Thiếu lessonsLearned, ngày đánh giá, hoặc results.reportedOn khi có mục results: ghi là thiếu số liệu, cũng như implementation.evaluations khi không có và loại (kind) của một lần đánh giá không ghi loại.',
  en: 'The final evaluations (kind "final") against the date the acceptance results were reported (results.reportedOn): { reportedOn, candidates, drawn, before } — candidates: the final evaluations not stating lessonsLearned: false; drawn: with lessons learned and dated on or after results.reportedOn; before: with lessons learned but dated before it. Each item: date, daysAfterResults, path. A missing lessonsLearned, evaluation date, or results.reportedOn when a results section exists is noted as lacking, as are an absent implementation.evaluations and the kind of an evaluation that does not state it.',
};
