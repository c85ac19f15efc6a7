import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';

describe('L5-lessons-from-results', () => {
  const RULE = 'L5-lessons-from-results';
  const drawn = (value: unknown) => ({ path: '@lessonsFromResults.drawn', value });
  const cases: RuleCase[] = [
    {
      name: 'the example: results reported on 2024-10-30, final evaluation with lessons on 2024-11-20',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đánh giá tổng kết ngày 20/11/2024 rút bài học kinh nghiệm khi đã có kết quả nghiệm thu (báo cáo ngày 30/10/2024, trước đó 21 ngày).',
      en: 'The final evaluation of 20 Nov 2024 draws its lessons with the acceptance results in hand (reported on 30 Oct 2024, 21 days earlier).',
      evidence: [drawn([{ date: '2024-11-20', daysAfterResults: 21, path: 'implementation.evaluations[0]' }])],
    },
    {
      name: 'the acceptance and the closing evaluation on the same day',
      dossier: exampleWith((d) => {
        d.implementation.evaluations[0].date = '2024-10-30';
      }),
      status: 'pass',
      en: { contains: ['0 days earlier'] },
    },
    {
      name: 'lessons drawn on 2024-11-20, before the results were reported on 2024-12-05',
      dossier: exampleWith((d) => {
        d.results.reportedOn = '2024-12-05';
      }),
      status: 'fail',
      vi: 'Bài học kinh nghiệm được rút ra trước khi có kết quả nghiệm thu (báo cáo ngày 05/12/2024): đánh giá tổng kết ngày 20/11/2024 (implementation.evaluations[0]).',
      en: 'The lessons were drawn before the acceptance results were reported (on 5 Dec 2024): the final evaluation of 20 Nov 2024 (implementation.evaluations[0]).',
      remediation: ['sau khi có biên bản nghiệm thu', 'không trước results.reportedOn (05/12/2024)', 'lessonsLearned: true'],
      evidence: [drawn([])],
    },
    {
      name: 'a final evaluation that does not say whether it drew lessons',
      dossier: exampleWith((d) => {
        delete d.implementation.evaluations[0].lessonsLearned;
      }),
      status: 'incomplete',
      missing: ['implementation.evaluations[0].lessonsLearned'],
      en: 'Whether the lessons were drawn with the acceptance results in hand is not known: the dossier does not give implementation.evaluations[0].lessonsLearned (the date the results were reported, results.reportedOn; the evaluations, implementation.evaluations, each with its kind, date and whether lessons were learned, lessonsLearned).',
    },
    {
      name: 'results without their reporting date',
      dossier: exampleWith((d) => {
        delete d.results.reportedOn;
      }),
      status: 'incomplete',
      missing: ['results.reportedOn'],
      vi: { contains: ['hồ sơ chưa ghi results.reportedOn'] },
    },
    {
      name: 'an undated final evaluation with lessons',
      dossier: exampleWith((d) => {
        delete d.implementation.evaluations[0].date;
      }),
      status: 'incomplete',
      missing: ['implementation.evaluations[0].date'],
    },
    {
      name: 'the final evaluation says it drew no lessons: L5-final-evaluation reports that, not this rule',
      dossier: exampleWith((d) => {
        d.implementation.evaluations[0].lessonsLearned = false;
      }),
      status: 'not-applicable',
      en: { contains: ['has no final evaluation that may record lessons learned (see L5-final-evaluation)'], excludes: ['records no acceptance results'] },
    },
    {
      name: 'no results recorded: L5-results-recorded reports that',
      dossier: exampleWith((d) => {
        delete d.results;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: quy tắc xét đề án đã hoàn thành, có kết quả nghiệm thu và có đánh giá tổng kết có thể ghi bài học; đề án ở giai đoạn "đã hoàn thành", chưa ghi kết quả nghiệm thu (results; xem L5-results-recorded).',
    },
    {
      name: 'a project still in progress',
      dossier: exampleWith((d) => {
        d.stage = 'in-progress';
        delete d.results;
        delete d.implementation.evaluations;
      }),
      status: 'not-applicable',
      en: { contains: ['"in progress" stage', 'records no acceptance results', 'no final evaluation'] },
    },
  ];

  runRuleTable(RULE, cases);
});
