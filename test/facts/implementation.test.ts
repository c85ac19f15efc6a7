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
    const outside = (d: any) => {
      d.implementation.milestones[0].due = '2020-01-01';
      delete d.implementation.milestones[1].due;
      d.implementation.milestones[3].due = '2030-01-01';
    };
    expect(factValue('milestonesOutsidePeriod', exampleWith(outside))).toHaveLength(3);
    for (const field of ['start', 'end']) {
      const dossier = exampleWith((d) => {
        outside(d);
        delete d.period[field];
      });
      expect(factValue('milestonesOutsidePeriod', dossier)).toEqual([]);
    }
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
    expect(timing.timely).toEqual([expect.objectContaining({ date: '2024-03-31', daysAfterEnd: 60, daysLate: undefined })]);
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
    expect(timing.timely).toEqual([expect.objectContaining({ date: '2024-10-31', daysAfterEnd: 0, daysLate: undefined, beforeEnd: false })]);
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

describe('inspectionCount and inspectionGapsLongerThan', () => {
  const gaps = (dossier: unknown, days: number, asOf?: string) => factRun<{ from: string; to: string; days: number; untilAsOf: boolean }[]>('inspectionGapsLongerThan', dossier, { params: { days }, ...(asOf ? { asOf } : {}) });
  const withInspections = (inspections: unknown[] | undefined, change: (d: any) => void = () => undefined) =>
    exampleWith((d) => {
      if (inspections === undefined) delete d.implementation.inspections;
      else d.implementation.inspections = inspections;
      change(d);
    });

  it('counts the inspections; a dossier without the list is noted, an empty one has 0', () => {
    expect(factRun('inspectionCount', exampleDossier())).toEqual({ value: 3, missing: [] });
    expect(factRun('inspectionCount', withInspections(undefined))).toEqual({ value: undefined, missing: [{ path: 'implementation.inspections' }] });
    expect(factRun('inspectionCount', withInspections([]))).toEqual({ value: 0, missing: [] });
  });

  it('the example, ended: the gaps between the start, the inspections and the planned end longer than the limit', () => {
    expect(gaps(exampleDossier(), 60)).toEqual({
      value: [
        { from: '2024-04-22', to: '2024-07-10', days: 79, untilAsOf: false },
        { from: '2024-07-10', to: '2024-09-25', days: 77, untilAsOf: false },
      ],
      missing: [],
    });
    expect(gaps(exampleDossier(), 79).value).toEqual([]);
    expect(gaps(exampleDossier(), 78).value).toEqual([{ from: '2024-04-22', to: '2024-07-10', days: 79, untilAsOf: false }]);
    expect(gaps(exampleDossier(), 36).value.map((gap) => gap.days)).toEqual([52, 79, 77]);
    expect(gaps(exampleDossier(), 35).value.map((gap) => gap.days)).toEqual([52, 79, 77, 36]);
  });

  it('a project still running is measured up to the evaluation day, the last gap marked as running until it', () => {
    expect(gaps(exampleDossier(), 20, '2024-08-01').value).toEqual([
      { from: '2024-03-01', to: '2024-04-22', days: 52, untilAsOf: false },
      { from: '2024-04-22', to: '2024-07-10', days: 79, untilAsOf: false },
      { from: '2024-07-10', to: '2024-08-01', days: 22, untilAsOf: true },
    ]);
    // Without a planned end, the evaluation day closes the last gap.
    const open = exampleWith((d) => {
      delete d.period.end;
    });
    expect(gaps(open, 60).value).toEqual([
      { from: '2024-04-22', to: '2024-07-10', days: 79, untilAsOf: false },
      { from: '2024-07-10', to: '2024-09-25', days: 77, untilAsOf: false },
      { from: '2024-09-25', to: '2024-12-01', days: 67, untilAsOf: true },
    ]);
    // An inspection on the evaluation day itself closes nothing new: the gap up to that day is still the running one.
    const inspectedToday = exampleWith((d) => {
      delete d.period.end;
      d.implementation.inspections.push({ date: '2024-12-01' });
    });
    expect(gaps(inspectedToday, 60).value.at(-1)).toEqual({ from: '2024-09-25', to: '2024-12-01', days: 67, untilAsOf: true });
  });

  it('sorts the inspections, counts a day once, and ignores those on the first day, on the endpoint or outside the period', () => {
    const dossier = withInspections([
      { date: '2024-09-25' },
      { date: '2024-03-01' },
      { date: '2024-02-01' },
      { date: '2024-07-10' },
      { date: '2024-07-10' },
      { date: '2024-10-31' },
      { date: '2024-11-15' },
    ]);
    expect(gaps(dossier, 1).value).toEqual([
      { from: '2024-03-01', to: '2024-07-10', days: 131, untilAsOf: false },
      { from: '2024-07-10', to: '2024-09-25', days: 77, untilAsOf: false },
      { from: '2024-09-25', to: '2024-10-31', days: 36, untilAsOf: false },
    ]);
  });

  it('claims no gap when an inspection is undated or the list is absent (noted), or the period has not begun', () => {
    const undated = withInspections([{ date: '2024-04-22' }, { by: 'Sở Công Thương Thái Bình' }]);
    expect(gaps(undated, 60)).toEqual({ value: [], missing: [{ path: 'implementation.inspections[1].date' }] });
    expect(gaps(withInspections(undefined), 60)).toEqual({ value: [], missing: [{ path: 'implementation.inspections' }] });
    expect(gaps(withInspections([]), 60).value).toEqual([{ from: '2024-03-01', to: '2024-10-31', days: 244, untilAsOf: false }]);
    // On the first day of the period, or before it, there is nothing to measure yet, and nothing is noted.
    expect(gaps(undated, 1, '2024-03-01')).toEqual({ value: [], missing: [] });
    expect(gaps(undated, 1, '2024-02-01')).toEqual({ value: [], missing: [] });
    const unstarted = withInspections([{ by: 'Sở Công Thương Thái Bình' }], (d) => {
      delete d.period.start;
    });
    expect(gaps(unstarted, 1)).toEqual({ value: [], missing: [] });
  });
});

describe('finalEvaluationTiming: what it notes as lacking', () => {
  const run = (evaluations: unknown[] | undefined, change: (d: any) => void = () => undefined) =>
    factRun('finalEvaluationTiming', exampleWith((d) => {
      if (evaluations === undefined) delete d.implementation.evaluations;
      else d.implementation.evaluations = evaluations;
      change(d);
    }), { params: { withinDays: 60 } });

  it('an evaluation of no stated kind, an undated final one, and one in time not saying whether it drew lessons', () => {
    const result = run([{ date: '2024-11-20', lessonsLearned: true }, { kind: 'final' }, { kind: 'final', date: '2024-11-25' }, { kind: 'final', date: '2025-03-01' }]);
    expect(result.missing).toEqual([
      { path: 'implementation.evaluations[0].kind' },
      { path: 'implementation.evaluations[1].date' },
      { path: 'implementation.evaluations[2].lessonsLearned' },
    ]);
    expect(result.value).toEqual({
      deadline: '2024-12-30',
      timely: [],
      others: [
        { date: undefined, daysAfterEnd: undefined, daysLate: undefined, beforeEnd: false, lessonsLearned: false, path: 'implementation.evaluations[1]' },
        { date: '2024-11-25', daysAfterEnd: 25, daysLate: undefined, beforeEnd: false, lessonsLearned: false, path: 'implementation.evaluations[2]' },
        { date: '2025-03-01', daysAfterEnd: 121, daysLate: 61, beforeEnd: false, lessonsLearned: false, path: 'implementation.evaluations[3]' },
      ],
    });
  });

  it('one in time that says it drew no lessons is decided, not noted', () => {
    expect(run([{ kind: 'final', date: '2024-11-20', lessonsLearned: false }])).toEqual({
      value: {
        deadline: '2024-12-30',
        timely: [],
        others: [{ date: '2024-11-20', daysAfterEnd: 20, daysLate: undefined, beforeEnd: false, lessonsLearned: false, path: 'implementation.evaluations[0]' }],
      },
      missing: [],
    });
  });

  it('without period.end an undated evaluation is not noted (no deadline to miss); a dossier without evaluations is', () => {
    expect(run([{ kind: 'final', lessonsLearned: true }], (d) => delete d.period.end).missing).toEqual([]);
    expect(run([{ kind: 'final', date: '2024-11-20' }], (d) => delete d.period.end).missing).toEqual([]);
    expect(run(undefined)).toEqual({ value: { deadline: '2024-12-30', timely: [], others: [] }, missing: [{ path: 'implementation.evaluations' }] });
  });
});

describe('a dossier without an implementation section or a period', () => {
  const noImplementation = () => exampleWith((d) => delete d.implementation);
  const noPeriod = () => exampleWith((d) => delete d.period);

  it('notes the lists it needed and decides nothing from them', () => {
    expect(factRun('inspectionGapsLongerThan', noImplementation(), { params: { days: 60 } })).toEqual({ value: [], missing: [{ path: 'implementation.inspections' }] });
    expect(factRun('finalEvaluationTiming', noImplementation(), { params: { withinDays: 60 } })).toEqual({
      value: { deadline: '2024-12-30', timely: [], others: [] },
      missing: [{ path: 'implementation.evaluations' }],
    });
    expect(factRun('implementationPlanDaysLate', noImplementation())).toEqual({ value: undefined, missing: [] });
    expect(factRun('milestoneDuties', noImplementation())).toEqual({ value: { presiding: [], partner: [] }, missing: [{ path: 'implementation.milestones' }] });
    expect(factRun('milestonesWithoutOwner', noImplementation())).toEqual({ value: [], missing: [{ path: 'implementation.milestones' }] });
  });

  it('without a period, no date can be measured against it', () => {
    expect(factValue('implementationPlanDaysLate', exampleWith((d) => {
      delete d.period;
      d.implementation.planApprovedOn = '2024-05-01';
    }))).toBeUndefined();
    expect(factValue('milestonesOutsidePeriod', noPeriod())).toEqual([]);
    expect(factValue('inspectionGapsLongerThan', noPeriod(), { days: 1 })).toEqual([]);
    expect(factValue('finalEvaluationTiming', noPeriod(), { withinDays: 60 })).toEqual({
      deadline: undefined,
      timely: [],
      others: [{ date: '2024-11-20', daysAfterEnd: undefined, daysLate: undefined, beforeEnd: false, lessonsLearned: true, path: 'implementation.evaluations[0]' }],
    });
  });
});
