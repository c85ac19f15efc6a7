import { describe, expect, it } from 'vitest';
import { LESSON_IDS, type LessonId, type Severity } from '../../src/schema/rule-set.js';
import { DEFAULT_SCORING, type ScoringOptions } from '../../src/scoring/options.js';
import { score, type ScoredItem } from '../../src/scoring/score.js';
import { exampleDossier } from '../support/dossiers.js';
import { evaluator } from '../support/evaluate.js';

type Status = ScoredItem['status'];

const item = (lesson: LessonId, severity: Severity, status: Status): ScoredItem => ({ lesson, severity, status });

/** Lesson weights, in lesson order. */
const weights = (entries: Partial<Record<LessonId, number>>) => new Map(Object.entries(entries) as [LessonId, number][]);

const ALL_FIVE = weights({ L1: 1, L2: 1, L3: 1, L4: 1, L5: 1 });

const options = (overrides: Partial<ScoringOptions> = {}): ScoringOptions => ({
  ...DEFAULT_SCORING,
  severityWeights: { ...DEFAULT_SCORING.severityWeights },
  ...overrides,
});

describe('score(): lesson scores', () => {
  it('is the weighted share of applicable rules that pass (critical 10, major 5, minor 2)', () => {
    // passed 10 + 2 of 10 + 5 + 2 = 12/17 = 70.6 %
    const result = score(
      [item('L1', 'critical', 'pass'), item('L1', 'major', 'fail'), item('L1', 'minor', 'pass')],
      weights({ L1: 1 }),
      options(),
    );
    expect(result.lessons).toEqual([{ lesson: 'L1', score: 71, weight: 1, counts: { pass: 2, fail: 1, incomplete: 0, notApplicable: 0, info: 0 } }]);
    expect(result.score).toBe(71);
  });

  it('leaves not-applicable rules out of the denominator', () => {
    // 5 of 5 + 2 = 71.4 %; counting the critical as failed would give 29, as passed 88
    const result = score(
      [item('L1', 'critical', 'not-applicable'), item('L1', 'major', 'pass'), item('L1', 'minor', 'fail')],
      weights({ L1: 1 }),
      options(),
    );
    expect(result.lessons[0]!.score).toBe(71);
    expect(result.lessons[0]!.counts).toEqual({ pass: 1, fail: 1, incomplete: 0, notApplicable: 1, info: 0 });
  });

  it('never counts info rules, passed or failed', () => {
    const withInfo = score([item('L1', 'major', 'pass'), item('L1', 'info', 'fail'), item('L1', 'info', 'pass')], weights({ L1: 1 }), options());
    expect(withInfo.lessons[0]!.score).toBe(100);
    expect(withInfo.verdict).toBe('ready');
    // Informative findings are counted apart, so a lesson never shows a "failure" that costs nothing.
    expect(withInfo.lessons[0]!.counts).toEqual({ pass: 1, fail: 0, incomplete: 0, notApplicable: 0, info: 2 });
  });

  it('never counts an info rule even when the host gives it a weight', () => {
    const weighted = { ...item('L1', 'info', 'fail'), weight: 10 };
    const result = score([item('L1', 'major', 'pass'), weighted], weights({ L1: 1 }), options());
    expect(result.lessons[0]!.score).toBe(100);
    expect(result.impacts[1]).toEqual({ weight: 0, points: 0, pointsLost: 0 });
  });

  it('gives null to a lesson with no applicable scored rule (only info, only not-applicable, or none)', () => {
    const result = score(
      [item('L1', 'major', 'pass'), item('L2', 'info', 'fail'), item('L3', 'critical', 'not-applicable'), item('L3', 'minor', 'not-applicable')],
      weights({ L1: 1, L2: 1, L3: 1, L4: 1 }),
      options(),
    );
    expect(result.lessons.map((lesson) => lesson.score)).toEqual([100, null, null, null]);
  });

  it('rounds lesson scores to whole numbers but computes the overall score from the exact ones', () => {
    // L1 = 12/17 = 70.59 (shown 71), L2 = 2/4 = 50: exact mean 60.29 → 60, whereas the mean of the shown scores would be 60.5 → 61
    const result = score(
      [
        item('L1', 'critical', 'pass'),
        item('L1', 'major', 'fail'),
        item('L1', 'minor', 'pass'),
        item('L2', 'minor', 'pass'),
        item('L2', 'minor', 'fail'),
      ],
      weights({ L1: 1, L2: 1 }),
      options(),
    );
    expect(result.lessons.map((lesson) => lesson.score)).toEqual([71, 50]);
    expect(result.score).toBe(60);
  });
});

describe('score(): overall score', () => {
  it('is the weighted mean of the lessons, by lesson weight', () => {
    // (3 × 100 + 1 × 0) / 4 = 75; with equal weights it would be 50
    const result = score([item('L1', 'minor', 'pass'), item('L2', 'minor', 'fail')], weights({ L1: 3, L2: 1 }), options());
    expect(result.score).toBe(75);
    expect(result.lessons.map((lesson) => [lesson.lesson, lesson.score, lesson.weight])).toEqual([
      ['L1', 100, 3],
      ['L2', 0, 1],
    ]);
  });

  it('excludes lessons whose score is null', () => {
    // L2 has only not-applicable and info rules: the mean is over L1 alone
    const result = score(
      [item('L1', 'critical', 'pass'), item('L1', 'minor', 'fail'), item('L2', 'major', 'not-applicable'), item('L2', 'info', 'fail')],
      weights({ L1: 1, L2: 1 }),
      options(),
    );
    expect(result.lessons[1]!.score).toBeNull();
    expect(result.score).toBe(83); // 10/12, not (83.3 + 0) / 2
  });

  it('excludes lessons of weight 0', () => {
    const result = score([item('L1', 'minor', 'pass'), item('L2', 'minor', 'fail')], weights({ L1: 1, L2: 0 }), options());
    expect(result.score).toBe(100);
    expect(result.lessons[1]!.score).toBe(0);
  });
});

describe('score(): verdict', () => {
  it('is not-ready when an applicable critical rule fails, even with a score of 80', () => {
    const result = score(
      [item('L1', 'critical', 'fail'), item('L2', 'minor', 'pass'), item('L3', 'minor', 'pass'), item('L4', 'minor', 'pass'), item('L5', 'minor', 'pass')],
      ALL_FIVE,
      options(),
    );
    expect(result.score).toBe(80);
    expect(result.verdict).toBe('not-ready');
  });

  it('is not affected by a not-applicable critical rule', () => {
    const result = score([item('L1', 'critical', 'not-applicable'), item('L1', 'major', 'pass')], weights({ L1: 1 }), options());
    expect(result.verdict).toBe('ready');
  });

  it('is not-ready below 50 without any critical failure (49)', () => {
    const result = score([item('L1', 'minor', 'fail'), item('L2', 'minor', 'pass')], weights({ L1: 51, L2: 49 }), options());
    expect(result.score).toBe(49);
    expect(result.verdict).toBe('not-ready');
  });

  it('is needs-work at exactly 50', () => {
    const result = score([item('L1', 'minor', 'fail'), item('L2', 'minor', 'pass')], weights({ L1: 50, L2: 50 }), options());
    expect(result.score).toBe(50);
    expect(result.verdict).toBe('needs-work');
  });

  it('is needs-work at 79 with only minor failures', () => {
    const result = score([item('L1', 'minor', 'fail'), item('L2', 'minor', 'pass')], weights({ L1: 21, L2: 79 }), options());
    expect(result.score).toBe(79);
    expect(result.verdict).toBe('needs-work');
    expect(result.verdictReasons).toEqual([{ code: 'score-below-ready', score: 79, threshold: 80 }]);
  });

  it('is ready at exactly 80 with only minor failures', () => {
    const result = score([item('L1', 'minor', 'fail'), item('L2', 'minor', 'pass')], weights({ L1: 20, L2: 80 }), options());
    expect(result.score).toBe(80);
    expect(result.verdict).toBe('ready');
  });

  it('is needs-work at 80 or more when a major rule fails', () => {
    const result = score(
      [item('L1', 'major', 'fail'), item('L2', 'major', 'pass'), item('L3', 'major', 'pass'), item('L4', 'major', 'pass'), item('L5', 'major', 'pass')],
      ALL_FIVE,
      options(),
    );
    expect(result.score).toBe(80);
    expect(result.verdict).toBe('needs-work');
  });

  it('is ready at 100', () => {
    expect(score([item('L1', 'critical', 'pass')], weights({ L1: 1 }), options()).verdict).toBe('ready');
  });

  it('follows custom thresholds', () => {
    const items = [item('L1', 'minor', 'fail'), item('L2', 'minor', 'pass')];
    // 85: ready by default, needs-work when ready needs 90
    expect(score(items, weights({ L1: 15, L2: 85 }), options()).verdict).toBe('ready');
    expect(score(items, weights({ L1: 15, L2: 85 }), options({ readyAt: 90 })).verdict).toBe('needs-work');
    expect(score(items, weights({ L1: 10, L2: 90 }), options({ readyAt: 90 })).verdict).toBe('ready');
    // 60: needs-work by default, not-ready below 70
    expect(score(items, weights({ L1: 40, L2: 60 }), options()).verdict).toBe('needs-work');
    expect(score(items, weights({ L1: 40, L2: 60 }), options({ notReadyBelow: 70 })).verdict).toBe('not-ready');
    expect(score(items, weights({ L1: 30, L2: 70 }), options({ notReadyBelow: 70 })).verdict).toBe('needs-work');
  });
});

describe('score(): incomplete findings', () => {
  const rule = (ruleId: string, severity: Severity, status: Status): ScoredItem => ({ ruleId, lesson: 'L1', severity, status });

  it('earns an incomplete rule nothing but keeps it in the denominator, unlike a not-applicable one', () => {
    // 10 of 10 + 5 = 67 with the major incomplete; 100 had it been not applicable
    const result = score([rule('a', 'critical', 'pass'), rule('b', 'major', 'incomplete')], weights({ L1: 1 }), options());
    expect(result.score).toBe(67);
    expect(result.lessons[0]!.counts).toEqual({ pass: 1, fail: 0, incomplete: 1, notApplicable: 0, info: 0 });
    expect(result.impacts[1]).toEqual({ weight: 5, points: 33.3, pointsLost: 33.3 });
    expect(score([rule('a', 'critical', 'pass'), rule('b', 'major', 'not-applicable')], weights({ L1: 1 }), options()).score).toBe(100);
  });

  it('measures completeness as the weighted share of applicable rules that could be decided', () => {
    // decided: 10 + 2 of 10 + 5 + 2 → 71; the not-applicable and info rules do not count
    const items = [rule('a', 'critical', 'fail'), rule('b', 'major', 'incomplete'), rule('c', 'minor', 'pass'), rule('d', 'minor', 'not-applicable'), rule('e', 'info', 'incomplete')];
    expect(score(items, weights({ L1: 1 }), options()).completeness).toBe(71);
    expect(score([rule('a', 'major', 'not-applicable')], weights({ L1: 1 }), options()).completeness).toBe(100);
  });

  it('gives needs-work, not not-ready, for a critical rule that is only incomplete, unless the score is below 50', () => {
    const items = [rule('a', 'critical', 'incomplete'), ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => rule(id, 'major', 'pass'))];
    const result = score(items, weights({ L1: 1 }), options());
    expect(result.score).toBe(80);
    expect(result.verdict).toBe('needs-work');
    expect(result.verdictReasons).toEqual([{ code: 'critical-incomplete', ruleIds: ['a'] }]);
    const low = score([rule('a', 'critical', 'incomplete'), rule('b', 'major', 'pass')], weights({ L1: 1 }), options());
    expect(low.verdict).toBe('not-ready');
    expect(low.verdictReasons.map((reason) => reason.code)).toEqual(['score-below-not-ready', 'critical-incomplete']);
  });

  it('is never ready with a major rule incomplete, and says why', () => {
    const items = [rule('a', 'critical', 'pass'), rule('b', 'critical', 'pass'), rule('c', 'critical', 'pass'), rule('d', 'major', 'incomplete')];
    const result = score(items, weights({ L1: 1 }), options());
    expect(result.score).toBe(86);
    expect(result.verdict).toBe('needs-work');
    expect(result.verdictReasons).toEqual([{ code: 'major-incomplete', ruleIds: ['d'] }]);
  });

  it('gives every reason that keeps a dossier from being ready, most decisive first, and all-clear when ready', () => {
    const items = [rule('a', 'critical', 'fail'), rule('b', 'major', 'fail'), rule('c', 'major', 'incomplete'), rule('d', 'minor', 'pass')];
    expect(score(items, weights({ L1: 1 }), options()).verdictReasons.map((reason) => reason.code)).toEqual([
      'critical-fail',
      'score-below-not-ready',
      'major-fail',
      'major-incomplete',
    ]);
    expect(score([rule('a', 'critical', 'pass'), rule('z', 'info', 'fail')], weights({ L1: 1 }), options()).verdictReasons).toEqual([
      { code: 'all-clear', score: 100, threshold: 80 },
    ]);
  });
});

describe('score(): custom severity weights', () => {
  it('weighs each severity as configured', () => {
    const items = [item('L1', 'critical', 'pass'), item('L1', 'minor', 'fail')];
    expect(score(items, weights({ L1: 1 }), options()).score).toBe(83); // 10 / 12
    const custom = options({ severityWeights: { critical: 10, major: 5, minor: 10, info: 0 } });
    expect(score(items, weights({ L1: 1 }), custom).score).toBe(50); // 10 / 20
    expect(score(items, weights({ L1: 1 }), custom).impacts.map((impact) => impact.weight)).toEqual([10, 10]);
  });

  it('with critical 3, major 1: a failed major costs a quarter of the lesson', () => {
    const custom = options({ severityWeights: { critical: 3, major: 1, minor: 0, info: 0 } });
    const result = score([item('L1', 'critical', 'pass'), item('L1', 'major', 'fail'), item('L1', 'minor', 'fail')], weights({ L1: 1 }), custom);
    expect(result.score).toBe(75);
  });
});

describe('score(): impacts', () => {
  // L1 (weight 2): critical pass, major fail, critical n/a; L2 (weight 1): minor pass, minor fail, info fail.
  // L1 carries 2/3 of 100 points over 15 weight units, L2 1/3 over 4.
  const items = [
    item('L1', 'critical', 'pass'),
    item('L1', 'major', 'fail'),
    item('L1', 'critical', 'not-applicable'),
    item('L2', 'minor', 'pass'),
    item('L2', 'minor', 'fail'),
    item('L2', 'info', 'fail'),
  ];
  const result = score(items, weights({ L1: 2, L2: 1 }), options());

  it('gives each rule its share of the 100 overall points, in item order', () => {
    expect(result.impacts).toEqual([
      { weight: 10, points: 44.4, pointsLost: 0 },
      { weight: 5, points: 22.2, pointsLost: 22.2 },
      { weight: 0, points: 0, pointsLost: 0 },
      { weight: 2, points: 16.7, pointsLost: 0 },
      { weight: 2, points: 16.7, pointsLost: 16.7 },
      { weight: 0, points: 0, pointsLost: 0 },
    ]);
  });

  it('scores the lessons and the whole as computed by hand', () => {
    expect(result.lessons.map((lesson) => lesson.score)).toEqual([67, 50]); // 10/15, 2/4
    expect(result.score).toBe(61); // (2 × 66.67 + 50) / 3 = 61.1
    expect(result.verdict).toBe('needs-work');
  });

  it('loses points on failures only', () => {
    items.forEach((scored, index) => {
      const impact = result.impacts[index]!;
      if (scored.status === 'fail' && impact.weight > 0) expect(impact.pointsLost).toBeGreaterThan(0);
      else expect(impact.pointsLost).toBe(0);
    });
  });

  it('adds up: the points of applicable rules make 100, and points lost plus the score make about 100', () => {
    const points = result.impacts.reduce((sum, impact) => sum + impact.points, 0);
    const lost = result.impacts.reduce((sum, impact) => sum + impact.pointsLost, 0);
    expect(points).toBeCloseTo(100, 0);
    expect(result.score + lost).toBeCloseTo(100, 0);
  });

  it('adds up for many generated mixes of findings in which every lesson has a score', () => {
    let seed = 20241201;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const lessons: readonly LessonId[] = LESSON_IDS;
    for (let round = 0; round < 50; round += 1) {
      const generated: ScoredItem[] = lessons.flatMap((lesson) => [
        item(lesson, pick(['critical', 'major', 'minor'] as const), pick(['pass', 'fail'] as const)),
        ...Array.from({ length: Math.floor(random() * 5) }, () =>
          item(lesson, pick(['critical', 'major', 'minor', 'info'] as const), pick(['pass', 'fail', 'not-applicable'] as const)),
        ),
      ]);
      const lessonWeights = weights(Object.fromEntries(lessons.map((lesson) => [lesson, 1 + Math.floor(random() * 3)])));
      const outcome = score(generated, lessonWeights, options());
      const lost = outcome.impacts.reduce((sum, impact) => sum + impact.pointsLost, 0);
      const failures = generated.filter((scored) => scored.status === 'fail').length;
      expect(Math.abs(outcome.score + lost - 100)).toBeLessThanOrEqual(0.5 + 0.05 * failures);
      generated.forEach((scored, index) => {
        const impact = outcome.impacts[index]!;
        expect(impact.pointsLost).toBe(scored.status === 'fail' ? impact.points : 0);
        if (scored.status === 'not-applicable' || scored.severity === 'info') expect(impact.points).toBe(0);
        else expect(impact.points).toBeGreaterThan(0);
      });
    }
  });

  it('stays finite when every lesson weighs 0 or nothing is applicable: score 0, no points', () => {
    for (const [items, lessonWeights] of [
      [[item('L1', 'minor', 'pass'), item('L2', 'major', 'fail')], weights({ L1: 0, L2: 0 })],
      [[item('L1', 'critical', 'not-applicable'), item('L2', 'info', 'pass')], ALL_FIVE],
    ] as const) {
      const outcome = score(items, lessonWeights, options());
      expect(outcome.score).toBe(0);
      expect(outcome.completeness).toBe(100);
      expect(outcome.impacts.every((impact) => impact.points === 0 && impact.pointsLost === 0)).toBe(true);
    }
  });

  it('gives no points to the rules of a lesson of weight 0', () => {
    const outcome = score([item('L1', 'minor', 'pass'), item('L2', 'major', 'fail')], weights({ L1: 1, L2: 0 }), options());
    expect(outcome.impacts).toEqual([
      { weight: 2, points: 100, pointsLost: 0 },
      { weight: 5, points: 0, pointsLost: 0 },
    ]);
  });
});

describe('score() end to end: the example dossier on 2024-12-01', () => {
  it('scores 99, needs work, with one major failure (L5-market-prices)', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(report.score).toBe(99);
    expect(report.verdict).toBe('needs-work');
    const failures = report.findings.filter((finding) => finding.status === 'fail');
    expect(failures.map((finding) => [finding.ruleId, finding.severity])).toEqual([['L5-market-prices', 'major']]);
    expect(Object.fromEntries(report.lessons.map((lesson) => [lesson.id, lesson.score]))).toEqual({
      L1: 100,
      L2: 100,
      L3: 100,
      L4: 100,
      L5: 93,
    });
    const lost = report.findings.reduce((sum, finding) => sum + finding.impact.pointsLost, 0);
    expect(report.score + lost).toBeCloseTo(100, 0);
    expect(report.scoring).toEqual({ severityWeights: { critical: 10, major: 5, minor: 2, info: 0 }, readyAt: 80, notReadyBelow: 50 });
  });
});
