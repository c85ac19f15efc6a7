import type { FindingStatus, Verdict } from '../schema/report.js';
import type { LessonId, Severity } from '../schema/rule-set.js';
import type { ScoringOptions } from './options.js';
import { decideVerdict, type VerdictReasonFacts } from './verdict.js';

export type { Verdict } from '../schema/report.js';

/** What scoring needs to know of a finding. */
export interface ScoredItem {
  /** Named in the verdict's reasons. */
  ruleId?: string;
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
  counts: { pass: number; fail: number; incomplete: number; notApplicable: number; info: number };
}

/** A finding's effect on the overall score. */
export interface Impact {
  /** The rule's weight in its lesson (0 when not applicable or informative). */
  weight: number;
  /** How many of the overall score's 100 points the rule carries in this report. */
  points: number;
  /** Points lost because the rule failed or could not be decided: `points` then, else 0. */
  pointsLost: number;
}

export interface ScoreResult {
  score: number;
  verdict: Verdict;
  /** Why the verdict is what it is, most decisive first. */
  verdictReasons: VerdictReasonFacts[];
  /** 0–100: the weighted share of applicable scored rules that could be decided (pass or fail), with the score's weights. */
  completeness: number;
  lessons: LessonScore[];
  /** One impact per scored item, in the same order. */
  impacts: Impact[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The lesson-weighted mean of a per-lesson share, over the lessons that have a score. */
function lessonMean(lessons: readonly LessonScore[], share: (lesson: LessonScore) => number | null): number | null {
  let sum = 0;
  let weights = 0;
  for (const lesson of lessons) {
    const value = share(lesson);
    if (value === null) continue;
    sum += lesson.weight * value;
    weights += lesson.weight;
  }
  return weights > 0 ? sum / weights : null;
}

/**
 * Lighthouse-style scoring. A lesson's score is the weighted share of its
 * applicable rules that pass; an incomplete rule earns nothing but stays in
 * the denominator, a not-applicable one leaves it. The overall score is the
 * weighted mean of the lessons that have a score; completeness is the same
 * mean of the share of rules that could be decided.
 */
export function score(
  items: readonly ScoredItem[],
  lessonWeights: ReadonlyMap<LessonId, number>,
  options: ScoringOptions,
): ScoreResult {
  // Informative rules never count (docs/scoring.md), whatever weight a host gives them.
  const ruleWeight = (item: ScoredItem) =>
    item.status === 'not-applicable' || item.severity === 'info' ? 0 : (item.weight ?? options.severityWeights[item.severity]);
  const decidedShare = new Map<LessonId, number | null>();
  const lessons: LessonScore[] = [...lessonWeights].map(([lesson, weight]) => {
    const own = items.filter((item) => item.lesson === lesson);
    const scoredOwn = own.filter((item) => item.severity !== 'info');
    const total = own.reduce((sum, item) => sum + ruleWeight(item), 0);
    const earned = own.reduce((sum, item) => sum + (item.status === 'pass' ? ruleWeight(item) : 0), 0);
    const undecided = own.reduce((sum, item) => sum + (item.status === 'incomplete' ? ruleWeight(item) : 0), 0);
    decidedShare.set(lesson, total > 0 ? (100 * (total - undecided)) / total : null);
    return {
      lesson,
      score: total > 0 ? (100 * earned) / total : null,
      weight,
      counts: {
        pass: scoredOwn.filter((item) => item.status === 'pass').length,
        fail: scoredOwn.filter((item) => item.status === 'fail').length,
        incomplete: scoredOwn.filter((item) => item.status === 'incomplete').length,
        notApplicable: scoredOwn.filter((item) => item.status === 'not-applicable').length,
        info: own.length - scoredOwn.length,
      },
    };
  });
  // A weight-0 lesson is left out so that its rules get no points: lesson.weight / weightSum would be 0 anyway, but not when every weight is 0.
  const scored = lessons.filter((lesson) => lesson.score !== null && lesson.weight > 0);
  const weightSum = scored.reduce((sum, lesson) => sum + lesson.weight, 0);
  const raw = weightSum > 0 ? scored.reduce((sum, lesson) => sum + lesson.weight * lesson.score!, 0) / weightSum : 0;

  const lessonTotals = new Map<LessonId, number>();
  for (const item of items) lessonTotals.set(item.lesson, (lessonTotals.get(item.lesson) ?? 0) + ruleWeight(item));
  const impacts = items.map((item): Impact => {
    const weight = ruleWeight(item);
    const lesson = scored.find((candidate) => candidate.lesson === item.lesson);
    const lessonTotal = lessonTotals.get(item.lesson) ?? 0;
    // A scored lesson has a score, so its rules' total weight is above 0.
    const points = lesson ? round1((100 * (lesson.weight / weightSum) * weight) / lessonTotal) : 0;
    return { weight, points, pointsLost: item.status === 'fail' || item.status === 'incomplete' ? points : 0 };
  });

  const overall = Math.round(raw);
  // Only critical and major rules decide the verdict beyond the score, so info rules never do.
  const { verdict, reasons } = decideVerdict(items, overall, options);
  // With nothing applicable there is nothing left to decide.
  const completeness = Math.round(lessonMean(lessons, (lesson) => decidedShare.get(lesson.lesson) ?? null) ?? 100);

  return {
    score: overall,
    verdict,
    verdictReasons: reasons,
    completeness,
    lessons: lessons.map((lesson) => ({ ...lesson, score: lesson.score === null ? null : Math.round(lesson.score) })),
    impacts,
  };
}
