import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { factValue as catalogueFactValue, factRun } from '../support/fact-value.js';


/** A catalogue fact's value for a dossier (asOf 2024-12-01). */
function factValue(name: string, dossier: unknown, params: Record<string, unknown> = {}, asOf?: string): any {
  return catalogueFactValue(name, dossier, { params, asOf });
}

describe('milestoneCount and milestoneShortfall', () => {
  it('counts the example’s 4 milestones, enough for 2 but not for 5', () => {
    expect(factValue('milestoneCount', exampleDossier())).toBe(4);
    expect(factValue('milestoneShortfall', exampleDossier(), { minimum: 2 })).toBeUndefined();
    expect(factValue('milestoneShortfall', exampleDossier(), { minimum: 4 })).toBeUndefined();
    expect(factValue('milestoneShortfall', exampleDossier(), { minimum: 5 })).toEqual({ count: 4, minimum: 5 });
  });

  it('a dossier without an implementation plan: not read as 0 milestones, the list is noted as lacking', () => {
    const draft = exampleWith((d) => {
      delete d.implementation;
    });
    expect(factRun('milestoneCount', draft)).toEqual({ value: undefined, missing: [{ path: 'implementation.milestones' }] });
    expect(factRun('milestoneShortfall', draft, { params: { minimum: 2 } })).toEqual({ value: undefined, missing: [{ path: 'implementation.milestones' }] });
  });

  it('an explicitly empty plan has 0 milestones, decided', () => {
    const empty = exampleWith((d) => {
      d.implementation.milestones = [];
    });
    expect(factRun('milestoneCount', empty)).toEqual({ value: 0, missing: [] });
    expect(factValue('milestoneShortfall', empty, { minimum: 2 })).toEqual({ count: 0, minimum: 2 });
    expect(factValue('milestoneShortfall', empty, { minimum: 0 })).toBeUndefined();
  });
});

describe('implementationPlanDaysLate', () => {
  const withPlanOn = (date: string | undefined) =>
    exampleWith((d) => {
      if (date === undefined) delete d.implementation.planApprovedOn;
      else d.implementation.planApprovedOn = date;
    });

  it.each([
    ['2024-02-01', undefined],
    ['2024-03-01', undefined],
    ['2024-03-02', 1],
    ['2024-04-01', 31],
    [undefined, undefined],
  ])('plan approved on %s, start 2024-03-01 → %s', (date, expected) => {
    expect(factValue('implementationPlanDaysLate', withPlanOn(date))).toBe(expected);
  });

  it('is absent without period.start', () => {
    const dossier = exampleWith((d) => {
      d.implementation.planApprovedOn = '2024-05-01';
      delete d.period.start;
    });
    expect(factValue('implementationPlanDaysLate', dossier)).toBeUndefined();
  });
});

describe('milestonesOutsidePeriod', () => {
  it('accepts milestones due on the first and the last day of the period', () => {
    const dossier = exampleWith((d) => {
      d.implementation.milestones[0].due = '2024-03-01';
      d.implementation.milestones[3].due = '2024-10-31';
    });
    expect(factValue('milestonesOutsidePeriod', dossier)).toEqual([]);
  });

  it('reports milestones due before the start, after the end, or with no due date', () => {
    const dossier = exampleWith((d) => {
      d.implementation.milestones[0].due = '2024-02-29';
      delete d.implementation.milestones[1].due;
      delete d.implementation.milestones[1].name;
      d.implementation.milestones[3].due = '2024-11-01';
    });
    expect(factValue('milestonesOutsidePeriod', dossier)).toEqual([
      { label: 'Khảo sát, lựa chọn thiết bị', due: '2024-02-29', beforeStart: true, afterEnd: false, path: 'implementation.milestones[0].due' },
      { label: 'implementation.milestones[1]', due: undefined, beforeStart: false, afterEnd: false, path: 'implementation.milestones[1].due' },
      { label: 'Nghiệm thu, tổng kết', due: '2024-11-01', beforeStart: false, afterEnd: true, path: 'implementation.milestones[3].due' },
    ]);
  });

  it('is empty when the period is incomplete (the rule reports the missing date instead)', () => {
    const dossier = exampleWith((d) => {
      delete d.period.end;
      d.implementation.milestones[3].due = '2030-01-01';
    });
    expect(factValue('milestonesOutsidePeriod', dossier)).toEqual([]);
  });
});

describe('milestonesWithoutOwner and milestoneDuties', () => {
  it('the example: every milestone owned; the centre on 4, the cooperative on 3', () => {
    expect(factValue('milestonesWithoutOwner', exampleDossier())).toEqual([]);
    expect(factValue('milestoneDuties', exampleDossier())).toEqual({
      presiding: ['Khảo sát, lựa chọn thiết bị', 'Mua sắm, lắp đặt máy', 'Chuyển giao, hướng dẫn vận hành', 'Nghiệm thu, tổng kết'],
      partner: ['Khảo sát, lựa chọn thiết bị', 'Mua sắm, lắp đặt máy', 'Nghiệm thu, tổng kết'],
    });
  });

  it('names unowned milestones; a supporting role counts as a duty; the beneficiary is not the investor side', () => {
    const dossier = exampleWith((d) => {
      d.implementation.milestones = [
        { name: 'Khảo sát', support: ['presiding'] },
        { name: 'Lắp đặt', owner: 'beneficiary' },
        { owner: 'coordinating' },
      ];
    });
    expect(factValue('milestonesWithoutOwner', dossier)).toEqual([{ label: 'Khảo sát', path: 'implementation.milestones[0].owner' }]);
    expect(factValue('milestoneDuties', dossier)).toEqual({ presiding: ['Khảo sát'], partner: ['implementation.milestones[2]'] });
  });
});

describe('inspectionIssuesFound and inspectionsWithUnresolvedIssues', () => {
  it('the example: 3 issues found, all resolved', () => {
    expect(factValue('inspectionIssuesFound', exampleDossier())).toBe(3);
    expect(factValue('inspectionsWithUnresolvedIssues', exampleDossier())).toEqual([]);
  });

  it('reports inspections with fewer resolved; notes those that do not say how many they found or resolved', () => {
    const dossier = exampleWith((d) => {
      d.implementation.inspections = [
        { date: '2024-04-22', by: 'Sở Công Thương Thái Bình', issuesFound: 3, issuesResolved: 2 },
        { date: '2024-07-10', issuesFound: 1 },
        { date: '2024-08-10', issuesResolved: 4 },
        { date: '2024-09-25', issuesFound: 0 },
        { date: '2024-10-20', issuesFound: 1, issuesResolved: 2 },
      ];
    });
    // 5 issues known found decides "some were found": the inspection that does not say is not noted.
    expect(factRun('inspectionIssuesFound', dossier)).toEqual({ value: 5, missing: [] });
    expect(factRun('inspectionsWithUnresolvedIssues', dossier)).toEqual({
      value: [{ date: '2024-04-22', by: 'Sở Công Thương Thái Bình', issuesFound: 3, issuesResolved: 2, path: 'implementation.inspections[0]' }],
      missing: [{ path: 'implementation.inspections[1].issuesResolved' }, { path: 'implementation.inspections[2].issuesFound' }],
    });
  });

  it('while no inspection is known to have found issues, one that does not say is noted', () => {
    const dossier = exampleWith((d) => {
      d.implementation.inspections = [{ date: '2024-04-22', issuesFound: 0 }, { date: '2024-07-10' }];
    });
    expect(factRun('inspectionIssuesFound', dossier)).toEqual({ value: 0, missing: [{ path: 'implementation.inspections[1].issuesFound' }] });
  });

  it('a dossier without inspections: not read as 0 issues, the list is noted; an empty list found none', () => {
    const dossier = exampleWith((d) => {
      delete d.implementation;
    });
    expect(factRun('inspectionIssuesFound', dossier)).toEqual({ value: undefined, missing: [{ path: 'implementation.inspections' }] });
    expect(factRun('inspectionsWithUnresolvedIssues', dossier)).toEqual({ value: [], missing: [{ path: 'implementation.inspections' }] });
    const none = exampleWith((d) => {
      d.implementation.inspections = [];
    });
    expect(factRun('inspectionIssuesFound', none)).toEqual({ value: 0, missing: [] });
  });
});

describe('finalEvaluationTiming', () => {
  const withEvaluations = (evaluations: unknown[], end = '2024-10-31') =>
    exampleWith((d) => {
      d.period.end = end;
      d.implementation.evaluations = evaluations;
    });

  it('the example: the deadline is 60 days after 2024-10-31, and the evaluation of 2024-11-20 is in time', () => {
    expect(factValue('finalEvaluationTiming', exampleDossier(), { withinDays: 60 })).toEqual({
      deadline: '2024-12-30',
      timely: [{ date: '2024-11-20', daysAfterEnd: 20, daysLate: undefined, beforeEnd: false, lessonsLearned: true, path: 'implementation.evaluations[0]' }],
      others: [],
    });
  });

  it('counts calendar days across a leap day, up to and including the deadline', () => {
    const dossier = withEvaluations(
      [
        { kind: 'final', date: '2024-03-31', lessonsLearned: true },
        { kind: 'final', date: '2024-04-01', lessonsLearned: true },
      ],
      '2024-01-31',
    );
    const timing = factValue('finalEvaluationTiming', dossier, { withinDays: 60 });
    expect(timing.deadline).toBe('2024-03-31');
    expect(timing.timely).toEqual([expect.objectContaining({ date: '2024-03-31', daysAfterEnd: 60 })]);
    expect(timing.others).toEqual([expect.objectContaining({ date: '2024-04-01', daysAfterEnd: 61, daysLate: 1 })]);
  });

  it('sorts out late, early, lesson-less and undated final evaluations, and ignores midterm reviews', () => {
    const dossier = withEvaluations([
      { kind: 'midterm', date: '2024-07-15', lessonsLearned: true },
      { kind: 'final', date: '2025-02-15', lessonsLearned: true },
      { kind: 'final', date: '2024-10-30', lessonsLearned: true },
      { kind: 'final', date: '2024-11-05' },
      { kind: 'final', lessonsLearned: true },
    ]);
    const timing = factValue('finalEvaluationTiming', dossier, { withinDays: 60 });
    expect(timing.timely).toEqual([]);
    expect(timing.others).toEqual([
      { date: '2025-02-15', daysAfterEnd: 107, daysLate: 47, beforeEnd: false, lessonsLearned: true, path: 'implementation.evaluations[1]' },
      { date: '2024-10-30', daysAfterEnd: -1, daysLate: undefined, beforeEnd: true, lessonsLearned: true, path: 'implementation.evaluations[2]' },
      { date: '2024-11-05', daysAfterEnd: 5, daysLate: undefined, beforeEnd: false, lessonsLearned: false, path: 'implementation.evaluations[3]' },
      { date: undefined, daysAfterEnd: undefined, daysLate: undefined, beforeEnd: false, lessonsLearned: true, path: 'implementation.evaluations[4]' },
    ]);
  });

  it('with 0 days allowed only an evaluation on the last day counts', () => {
    const dossier = withEvaluations([
      { kind: 'final', date: '2024-10-31', lessonsLearned: true },
      { kind: 'final', date: '2024-11-01', lessonsLearned: true },
    ]);
    const timing = factValue('finalEvaluationTiming', dossier, { withinDays: 0 });
    expect(timing.deadline).toBe('2024-10-31');
    expect(timing.timely.map((item: { date: string }) => item.date)).toEqual(['2024-10-31']);
  });

  it('without period.end there is no deadline and nothing is in time', () => {
    const dossier = exampleWith((d) => {
      delete d.period.end;
    });
    const timing = factValue('finalEvaluationTiming', dossier, { withinDays: 60 });
    expect(timing.deadline).toBeUndefined();
    expect(timing.timely).toEqual([]);
    expect(timing.others).toHaveLength(1);
  });
});
