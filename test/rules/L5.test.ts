import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { expectTableCovers, runRuleCase, type RuleCase } from '../support/rule-cases.js';
import { approvedAugust2025, proposalDraft, vocationalTrainingProject } from '../support/scenarios.js';

const REMEDY_INSPECTION = 'Lập lịch kiểm tra, giám sát định kỳ không quá 90 ngày một lần';

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

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail, not-applicable and missing data', () => expectTableCovers(RULE, cases));
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

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and not-applicable', () => expectTableCovers(RULE, cases));
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

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and not-applicable', () => expectTableCovers(RULE, cases));

  it('the example’s failure is the only L5 failure and costs 5 of the 100 points', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'example', dossier: exampleDossier(), status: 'fail' });
    expect(vi.impact).toEqual({ weight: 5, points: 5, pointsLost: 5 });
  });
});
