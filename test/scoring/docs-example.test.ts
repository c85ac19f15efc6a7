import { describe, expect, it } from 'vitest';
import type { LessonId, Severity } from '../../src/schema/rule-set.js';
import { DEFAULT_SCORING } from '../../src/scoring/options.js';
import { score, type ScoredItem } from '../../src/scoring/score.js';

// The worked example of docs/scoring.md, item by item.
const item = (lesson: LessonId, severity: Severity, status: ScoredItem['status']): ScoredItem => ({ lesson, severity, status });
const lessons = new Map<LessonId, number>([
  ['L1', 1],
  ['L2', 1],
  ['L3', 1],
  ['L4', 1],
  ['L5', 1],
]);

/** The example with its L5 major or critical rule given another status (the rest as in example()). */
function withL5(severity: 'major' | 'critical', status: ScoredItem['status']): ScoredItem[] {
  const items = example(item('L5', 'major', 'pass'));
  const index = severity === 'critical' ? 10 : 12;
  items[index] = item('L5', severity, status);
  return items;
}

function example(l5Failure: ScoredItem): ScoredItem[] {
  return [
    item('L1', 'critical', 'pass'),
    item('L1', 'major', 'pass'),
    item('L1', 'major', 'pass'),
    item('L1', 'minor', 'not-applicable'),
    item('L2', 'major', 'pass'),
    item('L2', 'minor', 'fail'),
    item('L3', 'major', 'pass'),
    item('L3', 'critical', 'not-applicable'),
    item('L4', 'critical', 'pass'),
    item('L4', 'critical', 'pass'),
    item('L5', 'critical', l5Failure.severity === 'critical' ? 'fail' : 'pass'),
    item('L5', 'major', 'pass'),
    l5Failure.severity === 'critical' ? item('L5', 'major', 'pass') : l5Failure,
  ];
}

describe('docs/scoring.md worked example', () => {
  it('scores 89, needs-work, with the documented lesson scores and impacts', () => {
    const result = score(example(item('L5', 'major', 'fail')), lessons, DEFAULT_SCORING);
    expect(result.lessons.map((lesson) => lesson.score)).toEqual([100, 71, 100, 100, 75]);
    expect(result.score).toBe(89);
    expect(result.verdict).toBe('needs-work');
    expect(result.impacts[5]).toEqual({ weight: 2, points: 5.7, pointsLost: 5.7 });
    expect(result.impacts[12]).toEqual({ weight: 5, points: 5, pointsLost: 5 });
  });

  it('is not-ready at 84 when the L5 failure is a critical rule', () => {
    const result = score(example(item('L5', 'critical', 'fail')), lessons, DEFAULT_SCORING);
    expect(result.lessons[4]!.score).toBe(50);
    expect(result.score).toBe(84);
    expect(result.verdict).toBe('not-ready');
  });

  it('scores the same 89 when the L5 major rule is incomplete instead, with completeness 95 and needs-work', () => {
    const result = score(withL5('major', 'incomplete'), lessons, DEFAULT_SCORING);
    expect(result.score).toBe(89);
    expect(result.completeness).toBe(95);
    expect(result.verdict).toBe('needs-work');
    expect(result.verdictReasons.map((reason) => reason.code)).toEqual(['major-incomplete']);
    expect(result.impacts[12]).toEqual({ weight: 5, points: 5, pointsLost: 5 });
  });

  it('is needs-work, not not-ready, at 84 when the critical L5 rule is only incomplete (completeness 90)', () => {
    const result = score(withL5('critical', 'incomplete'), lessons, DEFAULT_SCORING);
    expect(result.score).toBe(84);
    expect(result.completeness).toBe(90);
    expect(result.verdict).toBe('needs-work');
    expect(result.verdictReasons.map((reason) => reason.code)).toEqual(['critical-incomplete']);
  });
});
