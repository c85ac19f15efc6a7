import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';

const LESSON_ONLY = { kind: 'lesson', citation: 'Bài học 5 (tỉnh Thái Bình)', verified: true };

describe('L5-implementation-plan', () => {
  const RULE = 'L5-implementation-plan';
  const cases: RuleCase[] = [
    {
      name: 'the example: plan approved 2024-02-01, 4 milestones due between 2024-03-31 and 2024-10-31',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Kế hoạch thực hiện được phê duyệt ngày 01/02/2024, không muộn hơn ngày bắt đầu thực hiện (01/03/2024), gồm 4 mốc tiến độ, tất cả có hạn trong thời gian thực hiện 01/03/2024 – 31/10/2024.',
      en: 'The implementation plan was approved on 1 Feb 2024, no later than the start of implementation (1 Mar 2024), and has 4 milestones, all due within the implementation period 1 Mar 2024 – 31 Oct 2024.',
      evidence: [
        { path: 'implementation.planApprovedOn', value: '2024-02-01' },
        { path: 'period.start', value: '2024-03-01' },
        { path: '@milestoneShortfall', value: null },
        { path: '@milestonesOutsidePeriod', value: [] },
      ],
      check: ({ vi }) => {
        expect(vi.evidence).toContainEqual({ path: '@milestoneShortfall', value: null, params: { minimum: 2 } });
        expect(vi.references[0]).toEqual(expect.objectContaining(LESSON_ONLY));
      },
    },
    {
      name: 'a plan approved on the first day of implementation, with two milestones, the last due on the last day',
      dossier: exampleWith((d) => {
        d.implementation.planApprovedOn = '2024-03-01';
        d.implementation.milestones = [d.implementation.milestones[0], d.implementation.milestones[3]];
      }),
      status: 'pass',
      vi: { contains: ['phê duyệt ngày 01/03/2024', 'gồm 2 mốc tiến độ'] },
    },
    {
      name: 'the plan approved 9 days after the start',
      dossier: exampleWith((d) => {
        d.implementation.planApprovedOn = '2024-03-10';
      }),
      status: 'fail',
      vi: 'Kế hoạch thực hiện chưa đạt yêu cầu: được phê duyệt ngày 10/03/2024, muộn 9 ngày so với ngày bắt đầu thực hiện 01/03/2024.',
      en: 'The implementation plan falls short: it was approved on 10 Mar 2024, 9 days after implementation started on 1 Mar 2024.',
      remediation: ['Phê duyệt kế hoạch thực hiện trước ngày bắt đầu', 'implementation.planApprovedOn'],
      evidence: [{ path: 'implementation.planApprovedOn', value: '2024-03-10' }],
    },
    {
      name: 'a single milestone: the English count is singular',
      dossier: exampleWith((d) => {
        d.implementation.milestones = d.implementation.milestones.slice(3);
      }),
      status: 'fail',
      vi: 'Kế hoạch thực hiện chưa đạt yêu cầu: có 1 mốc tiến độ, cần ít nhất 2.',
      en: 'The implementation plan falls short: it has 1 milestone, at least 2 are needed.',
      remediation: ['Chia kế hoạch thành ít nhất 2 mốc tiến độ (implementation.milestones)'],
      evidence: [{ path: '@milestoneShortfall', value: { count: 1, minimum: 2 } }],
      check: ({ vi }) => expect(vi.remediation).not.toContain('planApprovedOn'),
    },
    {
      name: 'acceptance set after the end of the period and a training milestone with no due date',
      dossier: exampleWith((d) => {
        d.implementation.milestones[3].due = '2024-11-15';
        delete d.implementation.milestones[2].due;
      }),
      status: 'fail',
      vi: 'Kế hoạch thực hiện chưa đạt yêu cầu: có mốc chưa có hạn hoặc có hạn ngoài thời gian thực hiện 01/03/2024 – 31/10/2024: Chuyển giao, hướng dẫn vận hành (chưa có hạn); Nghiệm thu, tổng kết (hạn 15/11/2024).',
      en: 'The implementation plan falls short: milestones with no due date or due outside the implementation period 1 Mar 2024 – 31 Oct 2024: Chuyển giao, hướng dẫn vận hành (no due date); Nghiệm thu, tổng kết (due 15 Nov 2024).',
      remediation: ['Đặt hạn (due) trong thời gian thực hiện cho mốc: Chuyển giao, hướng dẫn vận hành; Nghiệm thu, tổng kết.'],
      evidence: [
        {
          path: '@milestonesOutsidePeriod',
          value: [
            { label: 'Chuyển giao, hướng dẫn vận hành', due: undefined, beforeStart: false, afterEnd: false, path: 'implementation.milestones[2].due' },
            { label: 'Nghiệm thu, tổng kết', due: '2024-11-15', beforeStart: false, afterEnd: true, path: 'implementation.milestones[3].due' },
          ],
        },
      ],
    },
    {
      name: 'every shortcoming at once: late plan, one milestone, due before the start',
      dossier: exampleWith((d) => {
        d.implementation.planApprovedOn = '2024-03-05';
        d.implementation.milestones = [{ name: 'Khảo sát hiện trạng', due: '2024-02-20', owner: 'presiding' }];
      }),
      status: 'fail',
      vi: 'Kế hoạch thực hiện chưa đạt yêu cầu: được phê duyệt ngày 05/03/2024, muộn 4 ngày so với ngày bắt đầu thực hiện 01/03/2024; có 1 mốc tiến độ, cần ít nhất 2; có mốc chưa có hạn hoặc có hạn ngoài thời gian thực hiện 01/03/2024 – 31/10/2024: Khảo sát hiện trạng (hạn 20/02/2024).',
      en: { contains: ['4 days after implementation started', 'it has 1 milestone', 'Khảo sát hiện trạng (due 20 Feb 2024)'] },
    },
    {
      name: 'a proposal draft with no implementation plan yet',
      dossier: proposalDraft(),
      status: 'incomplete',
      missing: ['implementation.planApprovedOn'],
      vi: 'Chưa đánh giá được kế hoạch thực hiện: hồ sơ chưa ghi implementation.planApprovedOn (ngày duyệt kế hoạch thực hiện implementation.planApprovedOn, thời gian thực hiện period.start và period.end, các mốc implementation.milestones với hạn hoàn thành due của từng mốc).',
      en: 'Cannot judge the implementation plan: the dossier does not give implementation.planApprovedOn (the date the implementation plan was approved, implementation.planApprovedOn; the period, period.start and period.end; the milestones, implementation.milestones, each with its due date, due).',
    },
    {
      name: 'no end of the period',
      dossier: exampleWith((d) => {
        delete d.period.end;
      }),
      status: 'incomplete',
      missing: ['period.end'],
    },
  ];

  runRuleTable(RULE, cases);
});
