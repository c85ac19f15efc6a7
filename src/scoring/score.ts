import type { FindingStatus, Verdict } from '../schema/report.js';
import type { LessonId, Severity } from '../schema/rule-set.js';
import type { ScoringOptions } from './options.js';

export type { Verdict } from '../schema/report.js';

/** What scoring needs to know of a finding. */
export interface ScoredItem {
  lesson: LessonId;
  severity: Severity;
  status: FindingStatus;
  /** The host's weight for this rule, instead of its severity's. */
  weight?: number;
}

export interface LessonScore {
  lesson: LessonId;
  /** 0–100, or null when the lesson has no applicable scored rule. */
  score: number | null;
  weight: number;
  /** Scored findings by status; informative (`info`) findings are counted apart, whatever their status. */
  counts: { pass: number; fail: number; notApplicable: number; info: number };
}

/** A finding's effect on the overall score. */
export interface Impact {
  /** The rule's weight in its lesson (0 when not applicable or informative). */
  weight: number;
  /** How many of the overall score's 100 points the rule carries in this report. */
  points: number;
  /** Points lost because the rule failed: `points` on a failure, else 0. */
  pointsLost: number;
}

export interface ScoreResult {
  score: number;
  verdict: Verdict;
  lessons: LessonScore[];
  /** One impact per scored item, in the same order. */
  impacts: Impact[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Lighthouse-style scoring. A lesson's score is the weighted share of its
 * applicable rules that pass; not-applicable rules leave the denominator.
 * The overall score is the weighted mean of the lessons that have a score.
 */
export function score(
  items: readonly ScoredItem[],
  lessonWeights: ReadonlyMap<LessonId, number>,
  options: ScoringOptions,
): ScoreResult {
  const ruleWeight = (item: ScoredItem) => (item.status === 'not-applicable' ? 0 : (item.weight ?? options.severityWeights[item.severity]));
  const lessons: LessonScore[] = [...lessonWeights].map(([lesson, weight]) => {
    const own = items.filter((item) => item.lesson === lesson);
    const scoredOwn = own.filter((item) => item.severity !== 'info');
    const total = own.reduce((sum, item) => sum + ruleWeight(item), 0);
    const earned = own.reduce((sum, item) => sum + (item.status === 'pass' ? ruleWeight(item) : 0), 0);
    return {
      lesson,
      score: total > 0 ? (100 * earned) / total : null,
      weight,
      counts: {
        pass: scoredOwn.filter((item) => item.status === 'pass').length,
        fail: scoredOwn.filter((item) => item.status === 'fail').length,
        notApplicable: scoredOwn.filter((item) => item.status === 'not-applicable').length,
        info: own.length - scoredOwn.length,
      },
    };
  });
  const scored = lessons.filter((lesson) => lesson.score !== null && lesson.weight > 0);
  const weightSum = scored.reduce((sum, lesson) => sum + lesson.weight, 0);
  const raw = weightSum > 0 ? scored.reduce((sum, lesson) => sum + lesson.weight * lesson.score!, 0) / weightSum : 0;

  const lessonTotals = new Map<LessonId, number>();
  for (const item of items) lessonTotals.set(item.lesson, (lessonTotals.get(item.lesson) ?? 0) + ruleWeight(item));
  const impacts = items.map((item): Impact => {
    const weight = ruleWeight(item);
    const lesson = scored.find((candidate) => candidate.lesson === item.lesson);
    const lessonTotal = lessonTotals.get(item.lesson) ?? 0;
    const points = lesson && lessonTotal > 0 ? round1((100 * (lesson.weight / weightSum) * weight) / lessonTotal) : 0;
    return { weight, points, pointsLost: item.status === 'fail' ? points : 0 };
  });

  const overall = Math.round(raw);
  const failed = (severity: Severity) => items.some((item) => item.status === 'fail' && item.severity === severity);
  let verdict: Verdict = 'needs-work';
  if (failed('critical') || overall < options.notReadyBelow) verdict = 'not-ready';
  else if (overall >= options.readyAt && !failed('major')) verdict = 'ready';

  return {
    score: overall,
    verdict,
    lessons: lessons.map((lesson) => ({ ...lesson, score: lesson.score === null ? null : Math.round(lesson.score) })),
    impacts,
  };
}
