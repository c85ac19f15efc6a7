import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';

describe('L5-final-evaluation', () => {
  const RULE = 'L5-final-evaluation';
  const timing = (value: unknown) => ({ path: '@finalEvaluationTiming.timely', value, params: { withinDays: 60 } });
  const cases: RuleCase[] = [
    {
      name: 'the example: final evaluation with lessons on 2024-11-20, 20 days after the end',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đánh giá tổng kết ngày 20/11/2024 có rút bài học kinh nghiệm, 20 ngày sau khi kết thúc thực hiện (31/10/2024), trong hạn 60 ngày.',
      en: 'The final evaluation of 20 Nov 2024 records lessons learned, 20 days after implementation ended (31 Oct 2024), within the 60 days allowed.',
      evidence: [
        timing([
          { date: '2024-11-20', daysAfterEnd: 20, daysLate: undefined, beforeEnd: false, lessonsLearned: true, path: 'implementation.evaluations[0]' },
        ]),
      ],
    },
    {
      name: 'on the 60th day (2024-12-30), after a midterm review',
      dossier: exampleWith((d) => {
        d.implementation.evaluations = [
          { kind: 'midterm', date: '2024-07-15', lessonsLearned: true },
          { kind: 'final', date: '2024-12-30', lessonsLearned: true },
        ];
      }),
      status: 'pass',
      vi: { contains: ['ngày 30/12/2024', '60 ngày sau khi kết thúc'] },
    },
    {
      name: 'the closing meeting on the last day of implementation',
      dossier: exampleWith((d) => {
        d.implementation.evaluations[0].date = '2024-10-31';
      }),
      status: 'pass',
      en: { contains: ['0 days after implementation ended'] },
    },
    {
      name: 'held on 2025-01-15: 16 days late',
      dossier: exampleWith((d) => {
        d.implementation.evaluations[0].date = '2025-01-15';
      }),
      options: { asOf: '2025-02-01' },
      status: 'fail',
      vi: 'Chưa có đánh giá tổng kết rút bài học kinh nghiệm trong 60 ngày sau khi kết thúc thực hiện (31/10/2024, hạn 30/12/2024): đánh giá tổng kết ngày 15/01/2025, muộn 16 ngày (76 ngày sau khi kết thúc).',
      en: 'There is no final evaluation with lessons learned within 60 days after implementation ended (31 Oct 2024, deadline 30 Dec 2024): the final evaluation of 15 Jan 2025 is 16 days late (76 days after the end).',
      remediation: ['chậm nhất 60 ngày', 'hạn 30/12/2024', 'implementation.evaluations', 'lessonsLearned: true'],
      evidence: [timing([])],
    },
    {
      name: 'on time, but no lessons learned recorded; and an "evaluation" before the end',
      dossier: exampleWith((d) => {
        d.implementation.evaluations = [
          { kind: 'final', date: '2024-10-20', lessonsLearned: true },
          { kind: 'final', date: '2024-11-20', lessonsLearned: false },
        ];
      }),
      status: 'fail',
      vi: 'Chưa có đánh giá tổng kết rút bài học kinh nghiệm trong 60 ngày sau khi kết thúc thực hiện (31/10/2024, hạn 30/12/2024): đánh giá tổng kết ngày 20/10/2024, trước khi kết thúc thực hiện; đánh giá tổng kết ngày 20/11/2024, chưa ghi nhận bài học kinh nghiệm.',
      en: { contains: ['the final evaluation of 20 Oct 2024 is dated before implementation ended', 'the final evaluation of 20 Nov 2024, with no lessons learned recorded'] },
    },
    {
      name: 'only a midterm review',
      dossier: exampleWith((d) => {
        d.implementation.evaluations = [{ kind: 'midterm', date: '2024-07-15', lessonsLearned: true }];
      }),
      status: 'fail',
      vi: 'Chưa có đánh giá tổng kết rút bài học kinh nghiệm trong 60 ngày sau khi kết thúc thực hiện (31/10/2024, hạn 30/12/2024); hồ sơ chưa ghi đánh giá tổng kết nào.',
      en: 'There is no final evaluation with lessons learned within 60 days after implementation ended (31 Oct 2024, deadline 30 Dec 2024); the dossier records no final evaluation.',
    },
    {
      name: 'an undated final evaluation: it may have been in time',
      dossier: exampleWith((d) => {
        delete d.implementation.evaluations[0].date;
      }),
      status: 'incomplete',
      missing: ['implementation.evaluations[0].date'],
    },
    {
      name: 'a project still in progress',
      dossier: exampleWith((d) => {
        d.stage = 'in-progress';
        delete d.implementation.evaluations;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án ở giai đoạn "đang thực hiện", chưa hoàn thành.',
      en: 'Not applicable: the project is at the "in progress" stage, not completed.',
      evidence: [{ path: '@stage', value: 'in-progress' }],
    },
    {
      name: 'completed, but no end of implementation given',
      dossier: exampleWith((d) => {
        delete d.period.end;
      }),
      status: 'incomplete',
      missing: ['period.end'],
      vi: 'Đề án đã hoàn thành nhưng chưa xác định được đã có đánh giá tổng kết rút bài học kinh nghiệm đúng hạn chưa: hồ sơ thiếu period.end (ngày kết thúc thực hiện period.end; các đánh giá, mỗi đánh giá với loại kind, ngày và có rút bài học kinh nghiệm hay không, lessonsLearned).',
      en: { contains: ['the dossier lacks period.end (the end of implementation'] },
    },
    {
      name: 'in time, but the evaluation does not say whether lessons were drawn',
      dossier: exampleWith((d) => {
        delete d.implementation.evaluations[0].lessonsLearned;
      }),
      status: 'incomplete',
      missing: ['implementation.evaluations[0].lessonsLearned'],
    },
    {
      name: 'completed, with no evaluations list: not stated is not "no evaluation"',
      dossier: exampleWith((d) => {
        delete d.implementation.evaluations;
      }),
      status: 'incomplete',
      missing: ['implementation.evaluations'],
    },
    {
      name: 'completed, with an explicitly empty list of evaluations',
      dossier: exampleWith((d) => {
        d.implementation.evaluations = [];
      }),
      status: 'fail',
      en: { contains: ['the dossier records no final evaluation'] },
    },
  ];

  runRuleTable(RULE, cases);
});
