import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../support/rule-cases.js';
import { evaluator } from '../support/evaluate.js';
import { approvedAugust2025, proposalDraft, vocationalTrainingProject } from '../support/scenarios.js';
import { allKhuyenCong, demonstrationModelProject, technologyLineProject, twoBeneficiariesProject } from '../support/scenarios-l5.js';

const REMEDY_INSPECTION = 'Lập lịch kiểm tra, giám sát định kỳ không quá 90 ngày một lần';

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
      status: 'fail',
      missing: ['implementation.planApprovedOn'],
      vi: 'Chưa đánh giá được kế hoạch thực hiện: hồ sơ thiếu implementation.planApprovedOn.',
      en: 'Cannot judge the implementation plan: the dossier lacks implementation.planApprovedOn.',
    },
    {
      name: 'no end of the period',
      dossier: exampleWith((d) => {
        delete d.period.end;
      }),
      status: 'fail',
      missing: ['period.end'],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-clear-assignment', () => {
  const RULE = 'L5-clear-assignment';
  const PRESIDING = 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình';
  const cases: RuleCase[] = [
    {
      name: 'the example: presiding unit on all 4 milestones, investor on 3',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các mốc tiến độ (4) đều có đơn vị chịu trách nhiệm; đơn vị chủ trì tham gia 4 mốc, chủ đầu tư hoặc đơn vị phối hợp tham gia 3 mốc.',
      en: 'Every milestone (4 in all) has an owner; the presiding unit owns or supports 4 of them, the investor or a coordinating unit 3.',
      evidence: [
        { path: '@milestonesWithoutOwner', value: [] },
        { path: '@milestoneDuties.presiding', value: ['Khảo sát, lựa chọn thiết bị', 'Mua sắm, lắp đặt máy', 'Chuyển giao, hướng dẫn vận hành', 'Nghiệm thu, tổng kết'] },
        { path: '@milestoneDuties.partner', value: ['Khảo sát, lựa chọn thiết bị', 'Mua sắm, lắp đặt máy', 'Nghiệm thu, tổng kết'] },
      ],
    },
    {
      name: 'the centre owns every milestone; a coordinating unit (not the investor) supports the training',
      dossier: exampleWith((d) => {
        for (const milestone of d.implementation.milestones) {
          milestone.owner = 'presiding';
          milestone.support = [];
        }
        d.implementation.milestones[2].support = ['coordinating'];
      }),
      status: 'pass',
      vi: { contains: ['đơn vị chủ trì tham gia 4 mốc, chủ đầu tư hoặc đơn vị phối hợp tham gia 1 mốc'] },
    },
    {
      name: 'two milestones without an owner',
      dossier: exampleWith((d) => {
        delete d.implementation.milestones[1].owner;
        delete d.implementation.milestones[2].owner;
      }),
      status: 'fail',
      vi: 'Chưa giao đơn vị chịu trách nhiệm (owner) cho mốc: Mua sắm, lắp đặt máy; Chuyển giao, hướng dẫn vận hành.',
      en: 'No owner is assigned to: Mua sắm, lắp đặt máy; Chuyển giao, hướng dẫn vận hành.',
      remediation: ['owner', '"presiding"', '"investor", "coordinating"'],
      evidence: [
        {
          path: '@milestonesWithoutOwner',
          value: [
            { label: 'Mua sắm, lắp đặt máy', path: 'implementation.milestones[1].owner' },
            { label: 'Chuyển giao, hướng dẫn vận hành', path: 'implementation.milestones[2].owner' },
          ],
        },
      ],
    },
    {
      name: 'the cooperative runs everything; the presiding centre has no duty',
      dossier: exampleWith((d) => {
        for (const milestone of d.implementation.milestones) {
          milestone.owner = 'investor';
          milestone.support = ['beneficiary'];
        }
      }),
      status: 'fail',
      vi: `Đơn vị chủ trì (${PRESIDING}) không chịu trách nhiệm hay phối hợp mốc nào.`,
      en: `The presiding unit (${PRESIDING}) neither owns nor supports any milestone.`,
      evidence: [{ path: '@milestoneDuties.presiding', value: [] }],
    },
    {
      name: 'the centre does everything alone; the investor has no duty',
      dossier: exampleWith((d) => {
        for (const milestone of d.implementation.milestones) {
          milestone.owner = 'presiding';
          delete milestone.support;
        }
      }),
      status: 'fail',
      vi: 'Chủ đầu tư và các đơn vị phối hợp không chịu trách nhiệm hay phối hợp mốc nào.',
      en: 'Neither the investor nor any coordinating unit owns or supports a milestone.',
    },
    {
      name: 'an unnamed milestone without owner, and an unnamed presiding unit: no placeholder',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.name;
        d.implementation.milestones = [{ due: '2024-05-31', support: ['investor'] }];
      }),
      status: 'fail',
      vi: 'Chưa giao đơn vị chịu trách nhiệm (owner) cho mốc: implementation.milestones[0]. Đơn vị chủ trì không chịu trách nhiệm hay phối hợp mốc nào.',
      en: { excludes: ['(not given)', '()'] },
    },
    {
      name: 'a proposal draft: no milestones yet',
      dossier: proposalDraft(),
      status: 'not-applicable',
      vi: 'Không áp dụng: kế hoạch thực hiện chưa có mốc tiến độ nào.',
      en: 'Not applicable: the implementation plan has no milestones.',
      evidence: [{ path: '@milestoneCount', value: 0 }],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-regular-inspection', () => {
  const RULE = 'L5-regular-inspection';
  /** A completed project with a short period and the given inspections. */
  const shortProject = (end: string, inspections: unknown[] | undefined) =>
    exampleWith((d) => {
      d.period = { start: '2024-03-01', end };
      if (inspections === undefined) delete d.implementation.inspections;
      else d.implementation.inspections = inspections;
    });
  /** Still running until 2025-02-28; last inspection on 2024-07-10. */
  const runningProject = () =>
    exampleWith((d) => {
      d.stage = 'in-progress';
      d.period.end = '2025-02-28';
      d.implementation.inspections = d.implementation.inspections.slice(0, 2);
      delete d.implementation.evaluations;
    });

  const cases: RuleCase[] = [
    {
      name: 'the example: inspections on 2024-04-22, 07-10 and 09-25',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Không có khoảng nào quá 90 ngày không kiểm tra, giám sát (3 lần kiểm tra từ 01/03/2024).',
      en: 'No stretch of more than 90 days passes without an inspection (3 inspections since 1 Mar 2024).',
      evidence: [{ path: '@inspectionGapsLongerThan', value: [] }],
    },
    {
      name: 'a 90-day project with no inspection: exactly 90 days is allowed',
      dossier: shortProject('2024-05-30', []),
      status: 'pass',
      vi: 'Không có khoảng nào quá 90 ngày không kiểm tra, giám sát (0 lần kiểm tra từ 01/03/2024).',
    },
    {
      name: 'a running project judged on 2024-09-01: 53 days since the last inspection',
      dossier: runningProject(),
      options: { asOf: '2024-09-01' },
      status: 'pass',
    },
    {
      name: 'a 91-day project with no inspection',
      dossier: shortProject('2024-05-31', []),
      status: 'fail',
      vi: 'Có khoảng quá 90 ngày không kiểm tra, giám sát: từ 01/03/2024 đến 31/05/2024 là 91 ngày.',
      evidence: [{ path: '@inspectionGapsLongerThan', value: [{ from: '2024-03-01', to: '2024-05-31', days: 91, untilAsOf: false }] }],
    },
    {
      name: 'a 7-month gap between the inspections of 2024-03-20 and 2024-10-20',
      dossier: exampleWith((d) => {
        d.implementation.inspections = [
          { date: '2024-03-20', by: 'Trung tâm Khuyến công', issuesFound: 1, issuesResolved: 1 },
          { date: '2024-10-20', by: 'Sở Công Thương Thái Bình', issuesFound: 0, issuesResolved: 0 },
        ];
      }),
      status: 'fail',
      vi: 'Có khoảng quá 90 ngày không kiểm tra, giám sát: từ 20/03/2024 đến 20/10/2024 là 214 ngày.',
      en: 'Stretches of more than 90 days without an inspection: 20 Mar 2024 to 20 Oct 2024, 214 days.',
      remediation: [REMEDY_INSPECTION, 'implementation.inspections'],
      evidence: [{ path: '@inspectionGapsLongerThan', value: [{ from: '2024-03-20', to: '2024-10-20', days: 214, untilAsOf: false }] }],
    },
    {
      name: 'a running project judged on 2024-12-01: 144 days since the last inspection, up to asOf',
      dossier: runningProject(),
      status: 'fail',
      vi: 'Có khoảng quá 90 ngày không kiểm tra, giám sát: từ 10/07/2024 đến 01/12/2024 (ngày đánh giá) là 144 ngày.',
      en: { contains: ['10 Jul 2024 to 1 Dec 2024 (the evaluation date), 144 days'] },
      evidence: [{ path: '@inspectionGapsLongerThan', value: [{ from: '2024-07-10', to: '2024-12-01', days: 144, untilAsOf: true }] }],
    },
    {
      name: 'a completed project with no inspection recorded',
      dossier: exampleWith((d) => {
        delete d.implementation.inspections;
      }),
      status: 'fail',
      vi: 'Có khoảng quá 90 ngày không kiểm tra, giám sát: từ 01/03/2024 đến 31/10/2024 là 244 ngày.',
    },
    {
      name: 'a short project with no inspections list: the pass message does not print a placeholder',
      dossier: shortProject('2024-04-30', undefined),
      status: 'pass',
      vi: { excludes: ['(chưa có)'] },
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'approved but not started',
      dossier: approvedAugust2025(),
      options: { asOf: '2025-09-15' },
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án ở giai đoạn "đã phê duyệt", chưa bắt đầu thực hiện.',
      en: 'Not applicable: the project is at the "approved" stage and has not started.',
      evidence: [{ path: '@stage', value: 'approved' }],
    },
    {
      name: 'a proposal-stage draft',
      dossier: proposalDraft(),
      status: 'not-applicable',
      vi: { contains: ['giai đoạn "đề xuất"'] },
    },
    {
      name: 'a completed project that does not say when it started',
      dossier: exampleWith((d) => {
        delete d.period.start;
      }),
      status: 'fail',
      missing: ['period.start'],
      vi: 'Hồ sơ chưa có thông tin cần để đánh giá tiêu chí này: period.start.',
      en: 'The dossier lacks the information needed to judge this criterion: period.start.',
      remediation: ['Bổ sung vào hồ sơ: period.start.'],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-issue-follow-up', () => {
  const RULE = 'L5-issue-follow-up';
  const cases: RuleCase[] = [
    {
      name: 'the example: 1 + 2 issues found, all resolved',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các tồn tại phát hiện qua kiểm tra, giám sát (3) đều đã được xử lý.',
      en: 'Every issue found by the inspections has been resolved (3 in all).',
      evidence: [{ path: '@inspectionsWithUnresolvedIssues', value: [] }],
    },
    {
      name: 'more resolved than found (issues raised between inspections) still passes',
      dossier: exampleWith((d) => {
        d.implementation.inspections[2].issuesResolved = 1;
      }),
      status: 'pass',
    },
    {
      name: 'the July inspection found 2 issues, only 1 resolved',
      dossier: exampleWith((d) => {
        d.implementation.inspections[1].issuesResolved = 1;
      }),
      status: 'fail',
      vi: 'Còn tồn tại chưa xử lý xong sau kiểm tra: đợt kiểm tra ngày 10/07/2024 của Trung tâm Khuyến công phát hiện 2 tồn tại, mới xử lý 1.',
      en: 'Issues found by inspections remain open: the inspection of 10 Jul 2024 by Trung tâm Khuyến công found 2 issues, 1 resolved.',
      remediation: ['issuesResolved', 'implementation.inspections'],
      evidence: [
        {
          path: '@inspectionsWithUnresolvedIssues',
          value: [{ date: '2024-07-10', by: 'Trung tâm Khuyến công', issuesFound: 2, issuesResolved: 1, path: 'implementation.inspections[1]' }],
        },
      ],
    },
    {
      name: 'the April inspection does not say how many were resolved; the July one resolved none',
      dossier: exampleWith((d) => {
        delete d.implementation.inspections[0].issuesResolved;
        d.implementation.inspections[1].issuesResolved = 0;
      }),
      status: 'fail',
      vi: 'Còn tồn tại chưa xử lý xong sau kiểm tra: đợt kiểm tra ngày 22/04/2024 của Sở Công Thương Thái Bình phát hiện 1 tồn tại, chưa ghi số đã xử lý; đợt kiểm tra ngày 10/07/2024 của Trung tâm Khuyến công phát hiện 2 tồn tại, mới xử lý 0.',
      en: 'Issues found by inspections remain open: the inspection of 22 Apr 2024 by Sở Công Thương Thái Bình found 1 issue, none recorded as resolved; the inspection of 10 Jul 2024 by Trung tâm Khuyến công found 2 issues, 0 resolved.',
    },
    {
      name: 'an inspection with neither date nor inspecting body is named by its place',
      dossier: exampleWith((d) => {
        d.implementation.inspections[1] = { issuesFound: 2 };
      }),
      status: 'fail',
      vi: 'Còn tồn tại chưa xử lý xong sau kiểm tra: đợt kiểm tra implementation.inspections[1] phát hiện 2 tồn tại, chưa ghi số đã xử lý.',
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'a project still in progress',
      dossier: exampleWith((d) => {
        d.stage = 'in-progress';
        d.implementation.inspections[1].issuesResolved = 0;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: chỉ xét khi đề án đã hoàn thành và kiểm tra có phát hiện tồn tại; đề án ở giai đoạn "đang thực hiện", các lần kiểm tra ghi nhận 3 tồn tại.',
      en: 'Not applicable: this is judged once the project is completed and inspections have found issues; the project is at the "in progress" stage and the inspections recorded 3 issues.',
      evidence: [{ path: '@stage', value: 'in-progress' }],
    },
    {
      name: 'a completed project whose inspections found nothing',
      dossier: exampleWith((d) => {
        for (const inspection of d.implementation.inspections) inspection.issuesFound = 0;
      }),
      status: 'not-applicable',
      vi: { contains: ['giai đoạn "đã hoàn thành", các lần kiểm tra ghi nhận 0 tồn tại'] },
      en: { contains: ['recorded 0 issues'] },
      evidence: [{ path: '@inspectionIssuesFound', value: 0 }],
    },
  ];

  runRuleTable(RULE, cases);
});

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
      name: 'an undated final evaluation',
      dossier: exampleWith((d) => {
        delete d.implementation.evaluations[0].date;
      }),
      status: 'fail',
      vi: { contains: [': đánh giá tổng kết chưa ghi ngày.'] },
      en: { contains: [': the final evaluation with no date.'], excludes: ['(not given)'] },
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
      status: 'fail',
      missing: ['period.end'],
      vi: 'Đề án đã hoàn thành nhưng hồ sơ chưa ghi ngày kết thúc thực hiện (period.end) nên chưa tính được hạn đánh giá tổng kết.',
      en: 'The project is completed, but the dossier lacks the end of implementation (period.end), so the deadline for the final evaluation cannot be set.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-budget-arithmetic', () => {
  const RULE = 'L5-budget-arithmetic';
  const cases: RuleCase[] = [
    {
      name: 'the example: all 4 lines add up',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các dòng dự toán (4) đều có thành tiền bằng số lượng × đơn giá và các nguồn vốn cộng đúng.',
      en: 'Every budget line (4 in all) has amount = quantity × unit cost and funding parts that add up.',
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [] }],
    },
    {
      name: 'a training budget with hourly rates',
      dossier: vocationalTrainingProject(),
      status: 'pass',
      vi: { contains: ['Các dòng dự toán (2)'] },
    },
    {
      name: 'two packing machines, but the amount is that of one (amount ≠ quantity × unitCost)',
      dossier: exampleWith((d) => {
        d.budget.lines[1].quantity = 2;
      }),
      status: 'fail',
      vi: 'Dự toán chưa khớp: Máy đóng gói bánh cáy: thành tiền 220.000.000 đồng nhưng số lượng × đơn giá = 440.000.000 đồng.',
      en: 'The budget does not add up: Máy đóng gói bánh cáy: amount 220,000,000 VND but quantity × unit cost = 440,000,000 VND.',
      remediation: ['thành tiền = số lượng × đơn giá'],
      evidence: [
        {
          path: '@budgetLinesNotAddingUp',
          value: [
            expect.objectContaining({
              label: 'Máy đóng gói bánh cáy',
              path: 'budget.lines[1]',
              quantity: 2,
              unitCost: 220000000,
              amount: 220000000,
              expectedAmount: 440000000,
              amountMismatch: true,
              fundingMismatch: false,
            }),
          ],
        },
      ],
    },
    {
      name: 'funding parts 110 + 100 million for a 220-million line',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding.counterpart = 100000000;
      }),
      status: 'fail',
      vi: 'Dự toán chưa khớp: Máy đóng gói bánh cáy: các nguồn vốn cộng lại 210.000.000 đồng, khác thành tiền 220.000.000 đồng.',
      en: { contains: ['funding parts total 210,000,000 VND, not the amount 220,000,000 VND'] },
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [expect.objectContaining({ fundingTotal: 210000000, fundingMismatch: true })] }],
    },
    {
      name: 'a line without a unit cost: the message names the missing field as people read paths',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].unitCost;
      }),
      status: 'fail',
      vi: 'Dự toán chưa khớp: Nhà xưởng đặt máy (đối ứng hiện vật): thiếu budget.lines[2].unitCost.',
      en: { contains: ['Nhà xưởng đặt máy (đối ứng hiện vật): missing budget.lines[2].unitCost'] },
    },
    {
      name: 'a line without a unit cost is reported',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].unitCost;
      }),
      status: 'fail',
      vi: { contains: ['Nhà xưởng đặt máy (đối ứng hiện vật): thiếu', 'unitCost'] },
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [expect.objectContaining({ path: 'budget.lines[2]', missing: [expect.stringContaining('unitCost')] })] }],
    },
    {
      name: 'a proposal draft without a budget',
      dossier: proposalDraft((d) => {
        delete d.budget;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa có dòng dự toán kinh phí nào.',
      en: 'Not applicable: the dossier has no budget lines.',
      evidence: [{ path: '@budgetLineCount', value: 0 }],
    },
    {
      name: 'a budget with an empty list of lines',
      dossier: exampleWith((d) => {
        d.budget.lines = [];
      }),
      status: 'not-applicable',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-support-cap', () => {
  const RULE = 'L5-support-cap';
  const HTX = 'Hợp tác xã bánh cáy Thái Phương';
  const TT28 = 'Thông tư 28/2018/TT-BTC (sửa đổi bởi Thông tư 64/2024/TT-BTC)';
  const TTLT26 = 'Thông tư liên tịch 26/2014/TTLT-BTC-BCT (hỗ trợ ứng dụng máy móc thiết bị tiên tiến)';
  const cases: RuleCase[] = [
    {
      name: 'the example: 300 million of 600 million (50%) under the 2018 cap of 300 million',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Hỗ trợ từ kinh phí khuyến công cho máy móc, thiết bị nằm trong mức tối đa theo ${TT28}: ${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), mức tối đa 300.000.000 đồng (50% giá trị, không quá 300.000.000 đồng mỗi cơ sở).`,
      en: `Khuyến công support for equipment is within the cap set by ${TT28}: ${HTX} receives 300,000,000 VND on 600,000,000 VND of equipment (50%), against a cap of 300,000,000 VND (50% of the cost, at most 300,000,000 VND per establishment).`,
      evidence: [
        { path: '@supportCap', value: expect.objectContaining({ percent: 50, maxVnd: 300000000, per: 'establishment', verified: false }) },
        { path: '@supportOverCap', value: [] },
        { path: '@equipmentSupportWithoutBeneficiary', value: [] },
      ],
      check: ({ vi }) => {
        expect(vi.references.map(({ citation, verified }) => ({ citation, verified }))).toEqual([
          { citation: 'Bài học 5 (tỉnh Thái Bình)', verified: true },
          { citation: expect.stringContaining('Thông tư liên tịch 26/2014/TTLT-BTC-BCT'), verified: true },
          { citation: expect.stringContaining('Thông tư 28/2018/TT-BTC'), verified: false },
        ]);
        expect(vi.references[2]!.note).toContain('chưa kiểm chứng');
      },
    },
    {
      name: 'two establishments, each within its own cap (the mixer: 200 of 400 million)',
      dossier: twoBeneficiariesProject(),
      status: 'pass',
      vi: {
        contains: [
          `${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%)`,
          'Hộ kinh doanh bánh cáy Đức Hạnh được hỗ trợ 200.000.000 đồng trên 400.000.000 đồng giá trị thiết bị (50%), mức tối đa 200.000.000 đồng',
        ],
      },
    },
    {
      name: 'a technology line: 440 million within 1.5 × the cap (450 million)',
      dossier: technologyLineProject(),
      status: 'pass',
      vi: {
        contains: [
          `${HTX} được hỗ trợ 440.000.000 đồng trên 920.000.000 đồng giá trị thiết bị (47,83%), mức tối đa 450.000.000 đồng (50% giá trị, không quá 450.000.000 đồng mỗi cơ sở đối với dây chuyền công nghệ)`,
        ],
      },
      en: { contains: ['against a cap of 450,000,000 VND (50% of the cost, at most 450,000,000 VND per establishment for a technology line)'] },
    },
    {
      name: 'the packing machine raised to 120 million: 310 million, 10 million over the VND cap',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding = { khuyenCong: 120000000, counterpart: 100000000 };
      }),
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TT28}: ${HTX} được hỗ trợ 310.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (51,67%), vượt 10.000.000 đồng so với mức tối đa 300.000.000 đồng (50% giá trị, không quá 300.000.000 đồng mỗi cơ sở).`,
      en: `Support exceeds the cap set by ${TT28}: ${HTX} receives 310,000,000 VND on 600,000,000 VND of equipment (51.67%), 10,000,000 VND over the cap of 300,000,000 VND (50% of the cost, at most 300,000,000 VND per establishment).`,
      remediation: [`(${HTX}: không quá 300.000.000 đồng)`, 'funding.khuyenCong', 'funding.counterpart'],
      evidence: [
        {
          path: '@supportOverCap',
          value: [
            expect.objectContaining({
              label: HTX,
              beneficiary: 'HTX-THAIPHUONG',
              equipmentAmount: 600000000,
              support: 310000000,
              capVnd: 300000000,
              overBy: 10000000,
              lines: ['Máy nổ bỏng gạo tự động', 'Máy đóng gói bánh cáy'],
              path: 'beneficiaries[0]',
            }),
          ],
        },
      ],
    },
    {
      name: 'the same dossier under the 2014 joint circular (reference date 2016-12-20): cap 200 million',
      dossier: exampleDossier(),
      options: { referenceDate: '2016-12-20' },
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TTLT26}: ${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), vượt 100.000.000 đồng so với mức tối đa 200.000.000 đồng (50% giá trị, không quá 200.000.000 đồng mỗi cơ sở).`,
      evidence: [{ path: '@supportCap', value: expect.objectContaining({ maxVnd: 200000000, verified: true }) }],
    },
    {
      name: 'the mixer of the second establishment at 55%: only that establishment is named',
      dossier: twoBeneficiariesProject((d) => {
        d.budget.lines[4].funding = { khuyenCong: 220000000, counterpart: 180000000 };
      }),
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TT28}: Hộ kinh doanh bánh cáy Đức Hạnh được hỗ trợ 220.000.000 đồng trên 400.000.000 đồng giá trị thiết bị (55%), vượt 20.000.000 đồng so với mức tối đa 200.000.000 đồng (50% giá trị, không quá 300.000.000 đồng mỗi cơ sở).`,
      en: { contains: ['Hộ kinh doanh bánh cáy Đức Hạnh receives 220,000,000 VND', '20,000,000 VND over the cap of 200,000,000 VND'], excludes: [HTX] },
    },
    {
      name: 'only the puffing line is flagged as a technology line: the ordinary cap applies',
      dossier: technologyLineProject((d) => {
        delete d.budget.lines[1].technologyLine;
      }),
      status: 'fail',
      vi: { contains: ['được hỗ trợ 440.000.000 đồng', 'vượt 140.000.000 đồng so với mức tối đa 300.000.000 đồng'] },
    },
    {
      name: 'a demonstration model: 30% per model, the whole project being one model',
      dossier: demonstrationModelProject(),
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TT28}: mô hình trình diễn được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), vượt 120.000.000 đồng so với mức tối đa 180.000.000 đồng (30% giá trị, không quá 1.000.000.000 đồng cho mô hình).`,
      en: { contains: ['the demonstration model receives 300,000,000 VND', 'at most 1,000,000,000 VND for the model'] },
      evidence: [{ path: '@supportOverCap', value: [expect.objectContaining({ model: true, path: 'budget.lines' })] }],
    },
    {
      name: 'two establishments, but the machines do not say whose they are',
      dossier: twoBeneficiariesProject((d) => {
        delete d.budget.lines[0].beneficiary;
        delete d.budget.lines[1].beneficiary;
      }),
      status: 'fail',
      vi: 'Chưa xác định được cơ sở thụ hưởng (beneficiary) của các dòng thiết bị có kinh phí khuyến công nên chưa đối chiếu được mức hỗ trợ của từng cơ sở: Máy nổ bỏng gạo tự động (190.000.000 đồng); Máy đóng gói bánh cáy (110.000.000 đồng).',
      en: 'These equipment lines with khuyến công funding name no beneficiary, so the support per establishment cannot be checked: Máy nổ bỏng gạo tự động (190,000,000 VND); Máy đóng gói bánh cáy (110,000,000 VND).',
      remediation: ['Ghi cơ sở thụ hưởng (beneficiary) cho các dòng thiết bị: Máy nổ bỏng gạo tự động; Máy đóng gói bánh cáy.'],
    },
    {
      name: 'a vocational-training project: no cap known for that content',
      dossier: vocationalTrainingProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: chưa có mức hỗ trợ tối đa đã biết cho nội dung "đào tạo nghề, truyền nghề" vào ngày tham chiếu 28/12/2023.',
      en: 'Not applicable: no cap is known for "vocational training" on the reference date 28 Dec 2023.',
      evidence: [{ path: '@supportCap', value: null }],
    },
    {
      name: 'machinery judged under the law of 2013, before the first cap in the legal data',
      dossier: exampleDossier(),
      options: { referenceDate: '2013-12-20' },
      status: 'not-applicable',
      vi: 'Không áp dụng: chưa có mức hỗ trợ tối đa đã biết cho nội dung "ứng dụng máy móc thiết bị tiên tiến" vào ngày tham chiếu 20/12/2013.',
    },
    {
      name: 'a dossier without a budget',
      dossier: exampleWith((d) => {
        delete d.budget;
      }),
      status: 'fail',
      missing: ['budget.lines'],
      vi: 'Chưa đối chiếu được mức hỗ trợ tối đa: hồ sơ chưa có dự toán kinh phí (budget.lines).',
      en: 'Cannot check the support against the cap: the dossier has no budget (budget.lines).',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-counterpart-funds', () => {
  const RULE = 'L5-counterpart-funds';
  const cases: RuleCase[] = [
    {
      name: 'the example: 470 million committed for 470 million budgeted',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các cơ sở thụ hưởng cam kết vốn đối ứng 470.000.000 đồng, đủ cho phần vốn đối ứng trong dự toán (470.000.000 đồng).',
      en: 'The beneficiaries have committed 470,000,000 VND of counterpart funds, covering the counterpart funding in the budget (470,000,000 VND).',
      evidence: [
        { path: '@counterpartCommittedTotal', value: 470000000 },
        { path: '@budgetFundingTotals.counterpart', value: 470000000 },
      ],
      check: ({ vi }) =>
        expect(vi.references[1]).toEqual(
          expect.objectContaining({ kind: 'law', citation: expect.stringContaining('26/2014/TTLT-BTC-BCT, Điều 7'), verified: true }),
        ),
    },
    {
      name: 'two establishments: 470 + 200 million committed',
      dossier: twoBeneficiariesProject(),
      status: 'pass',
      vi: { contains: ['cam kết vốn đối ứng 670.000.000 đồng', '(670.000.000 đồng)'] },
    },
    {
      name: 'the cooperative commits 400 million only',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].counterpartCommitted = 400000000;
      }),
      status: 'fail',
      vi: 'Các cơ sở thụ hưởng mới cam kết 400.000.000 đồng vốn đối ứng, ít hơn phần vốn đối ứng trong dự toán 470.000.000 đồng (thiếu 70.000.000 đồng).',
      en: 'The beneficiaries have committed 400,000,000 VND of counterpart funds, less than the 470,000,000 VND of counterpart funding in the budget (short by 70,000,000 VND).',
      remediation: ['counterpartCommitted', '470.000.000 đồng', 'funding.counterpart'],
      evidence: [{ path: '@counterpartCommittedTotal', value: 400000000 }],
    },
    {
      name: 'the second establishment states no commitment',
      dossier: twoBeneficiariesProject((d) => {
        delete d.beneficiaries[1].counterpartCommitted;
      }),
      status: 'fail',
      vi: 'Các cơ sở thụ hưởng mới cam kết 470.000.000 đồng vốn đối ứng, ít hơn phần vốn đối ứng trong dự toán 670.000.000 đồng (thiếu 200.000.000 đồng); chưa ghi vốn đối ứng cam kết: Hộ kinh doanh bánh cáy Đức Hạnh.',
      en: { contains: ['(short by 200,000,000 VND); no commitment stated by: Hộ kinh doanh bánh cáy Đức Hạnh.'] },
    },
    {
      name: 'an empty list of beneficiaries',
      dossier: exampleWith((d) => {
        d.beneficiaries = [];
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa kê khai cơ sở thụ hưởng nào.',
      en: 'Not applicable: the dossier lists no beneficiaries.',
      evidence: [{ path: '@beneficiaryCount', value: 0 }],
    },
    {
      name: 'beneficiaries but no budget yet',
      dossier: proposalDraft((d) => {
        delete d.budget;
      }),
      status: 'fail',
      missing: ['budget.lines'],
      vi: 'Chưa đối chiếu được vốn đối ứng: hồ sơ chưa có dự toán kinh phí (budget.lines).',
      en: 'Cannot check the counterpart funds: the dossier has no budget (budget.lines).',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-cost-norm-references', () => {
  const RULE = 'L5-cost-norm-references';
  const cases: RuleCase[] = [
    {
      name: 'the example: the 3 lines paid from khuyến công funds cite Thông tư 28/2018/TT-BTC',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các dòng dự toán dùng kinh phí khuyến công (3) đều ghi căn cứ định mức chi.',
      en: 'Every budget line paid from khuyến công funds (3 in all) cites a cost norm.',
      evidence: [{ path: '@khuyenCongLinesWithoutNorm', value: [] }],
    },
    {
      name: 'a counterpart-only line needs no norm',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].normReference;
      }),
      status: 'pass',
    },
    {
      name: 'no norm for the packing machine; a blank one for the communication line',
      dossier: exampleWith((d) => {
        delete d.budget.lines[1].normReference;
        d.budget.lines[3].normReference = '  ';
      }),
      status: 'fail',
      vi: 'Chưa ghi căn cứ định mức chi (normReference) cho dòng dùng kinh phí khuyến công: Máy đóng gói bánh cáy (110.000.000 đồng); Tuyên truyền kết quả đề án (12.000.000 đồng).',
      en: 'No cost norm (normReference) is cited for these lines paid from khuyến công funds: Máy đóng gói bánh cáy (110,000,000 VND); Tuyên truyền kết quả đề án (12,000,000 VND).',
      remediation: ['normReference'],
      evidence: [
        {
          path: '@khuyenCongLinesWithoutNorm',
          value: [
            { label: 'Máy đóng gói bánh cáy', khuyenCong: 110000000, path: 'budget.lines[1].normReference' },
            { label: 'Tuyên truyền kết quả đề án', khuyenCong: 12000000, path: 'budget.lines[3].normReference' },
          ],
        },
      ],
    },
    {
      name: 'everything paid by the cooperative and the commune',
      dossier: exampleWith((d) => {
        for (const line of d.budget.lines) line.funding = { counterpart: line.amount };
        d.budget.lines[3].funding = { other: 12000000 };
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: dự toán không có dòng nào dùng kinh phí khuyến công.',
      en: 'Not applicable: no budget line is paid from khuyến công funds.',
      evidence: [{ path: '@khuyenCongLines', value: [] }],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L5-market-prices', () => {
  const RULE = 'L5-market-prices';
  const cases: RuleCase[] = [
    {
      name: 'the example: the packing machine has only 2 quotes',
      dossier: exampleDossier(),
      status: 'fail',
      vi: 'Máy đóng gói bánh cáy có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: { contains: ['Máy đóng gói bánh cáy has 2 price quotes', 'at least 3 are required for each item of equipment'] },
      remediation: ['Thu thập đủ 3 báo giá độc lập', 'priceQuotes'],
      evidence: [
        {
          path: '@equipmentLinesShortOfQuotes',
          value: [{ label: 'Máy đóng gói bánh cáy', priceQuotes: 2, path: 'budget.lines[1].priceQuotes' }],
        },
      ],
    },
    {
      name: 'a third quote for the packing machine',
      dossier: exampleWith((d) => {
        d.budget.lines[1].priceQuotes = 3;
      }),
      status: 'pass',
      vi: 'Các dòng thiết bị (2) đều có ít nhất 3 báo giá.',
      en: 'Every equipment line (2 in all) has at least 3 price quotes.',
      evidence: [{ path: '@equipmentLinesShortOfQuotes', value: [] }],
    },
    {
      name: 'one machine with 0 quotes, the other with none stated',
      dossier: exampleWith((d) => {
        d.budget.lines[0].priceQuotes = 0;
        delete d.budget.lines[1].priceQuotes;
      }),
      status: 'fail',
      vi: 'Máy nổ bỏng gạo tự động có 0 báo giá; Máy đóng gói bánh cáy chưa ghi số báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: 'Máy nổ bỏng gạo tự động has 0 price quotes; Máy đóng gói bánh cáy states no price quotes; at least 3 are required for each item of equipment.',
      evidence: [
        {
          path: '@equipmentLinesShortOfQuotes',
          value: [
            { label: 'Máy nổ bỏng gạo tự động', priceQuotes: 0, path: 'budget.lines[0].priceQuotes' },
            expect.objectContaining({ label: 'Máy đóng gói bánh cáy', path: 'budget.lines[1].priceQuotes' }),
          ],
        },
      ],
    },
    {
      name: 'an unnamed equipment line is named by its place in the budget',
      dossier: exampleWith((d) => {
        delete d.budget.lines[1].item;
      }),
      status: 'fail',
      vi: 'budget.lines[1] có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
    },
    {
      name: 'a single quote: the English message uses the singular',
      dossier: exampleWith((d) => {
        d.budget.lines[1].priceQuotes = 1;
      }),
      status: 'fail',
      vi: 'Máy đóng gói bánh cáy có 1 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: { contains: ['Máy đóng gói bánh cáy has 1 price quote;'] },
    },
    {
      name: 'a training project: no equipment lines',
      dossier: vocationalTrainingProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: dự toán không có dòng máy móc, thiết bị.',
      en: 'Not applicable: the budget has no equipment lines.',
      evidence: [{ path: '@equipmentLines', value: [] }],
    },
  ];

  runRuleTable(RULE, cases);

  it('the example’s failure is the only L5 failure and costs 1.6 of the 100 points', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const failed = report.findings.filter((finding) => finding.lesson === 'L5' && finding.status === 'fail').map((finding) => finding.ruleId);
    expect(failed).toEqual([RULE]);
    // 100 points / 5 lessons × weight 5 (major) / 64 (the weights of L5's eleven rules, all applicable to the example)
    const { vi } = await runRuleCase(RULE, { name: 'example', dossier: exampleDossier(), status: 'fail' });
    expect(vi.impact).toEqual({ weight: 5, points: 1.6, pointsLost: 1.6 });
  });
});

describe('L5-other-resources', () => {
  const RULE = 'L5-other-resources';
  const cases: RuleCase[] = [
    {
      name: 'the example: 470 million of counterpart funds on 3 lines',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Ngoài kinh phí khuyến công, dự toán huy động vốn đối ứng 470.000.000 đồng và nguồn khác 0 đồng, trên 3 dòng: Máy nổ bỏng gạo tự động; Máy đóng gói bánh cáy; Nhà xưởng đặt máy (đối ứng hiện vật).',
      en: 'Besides khuyến công funds, the budget draws in 470,000,000 VND of counterpart funds and 0 VND from other sources, on 3 lines: Máy nổ bỏng gạo tự động; Máy đóng gói bánh cáy; Nhà xưởng đặt máy (đối ứng hiện vật).',
      evidence: [{ path: '@linesWithOtherResources', value: expect.arrayContaining([expect.objectContaining({ path: 'budget.lines[2].funding' })]) }],
    },
    {
      name: 'a training course whose only other resource is the commune hall',
      dossier: vocationalTrainingProject((d) => {
        allKhuyenCong(d);
        d.budget.lines.push({
          item: 'Hội trường UBND xã (địa phương bố trí)',
          category: 'facilities',
          quantity: 1,
          unit: 'gói',
          unitCost: 5000000,
          amount: 5000000,
          funding: { other: 5000000 },
        });
      }),
      status: 'pass',
      en: 'Besides khuyến công funds, the budget draws in 0 VND of counterpart funds and 5,000,000 VND from other sources, on 1 line: Hội trường UBND xã (địa phương bố trí).',
    },
    {
      name: 'a training course paid entirely from khuyến công funds',
      dossier: vocationalTrainingProject(allKhuyenCong),
      status: 'fail',
      vi: 'Không dòng dự toán nào (2 dòng) có vốn đối ứng (funding.counterpart) hay nguồn khác (funding.other); kinh phí khuyến công đề nghị là 64.000.000 đồng.',
      en: 'No budget line (2 in all) has counterpart (funding.counterpart) or other (funding.other) funding; the khuyến công funding requested is 64,000,000 VND.',
      remediation: ['funding.counterpart', 'funding.other'],
      evidence: [{ path: '@linesWithOtherResources', value: [] }],
    },
    {
      name: 'a proposal draft without a budget',
      dossier: proposalDraft((d) => {
        delete d.budget;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa có dòng dự toán kinh phí nào.',
      en: 'Not applicable: the dossier has no budget lines.',
      evidence: [{ path: '@budgetLineCount', value: 0 }],
    },
  ];

  runRuleTable(RULE, cases);
});
