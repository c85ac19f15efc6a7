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
});
