import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025, proposalDraft } from '../../support/scenarios.js';

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
      name: 'a completed project that states no inspection at all (an empty list)',
      dossier: exampleWith((d) => {
        d.implementation.inspections = [];
      }),
      status: 'fail',
      vi: 'Có khoảng quá 90 ngày không kiểm tra, giám sát: từ 01/03/2024 đến 31/10/2024 là 244 ngày.',
    },
    {
      name: 'a completed project with no inspections list: not stated is not "never inspected"',
      dossier: exampleWith((d) => {
        delete d.implementation.inspections;
      }),
      status: 'incomplete',
      missing: ['implementation.inspections'],
      vi: 'Chưa kiểm tra được việc kiểm tra, giám sát định kỳ: hồ sơ chưa ghi implementation.inspections (cần ngày bắt đầu thực hiện period.start, các lần kiểm tra, giám sát và ngày của từng lần).',
      en: 'Cannot check that inspections were regular: the dossier does not give implementation.inspections (it needs the start of implementation, period.start, and the inspections with the date of each).',
    },
    {
      name: 'an inspection with no date could close the gap: incomplete',
      dossier: exampleWith((d) => {
        delete d.implementation.inspections[1].date;
      }),
      status: 'incomplete',
      missing: ['implementation.inspections[1].date'],
    },
    {
      name: 'a short project with no inspections (an empty list): the pass message does not print a placeholder',
      dossier: shortProject('2024-04-30', []),
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
      status: 'incomplete',
      missing: ['period.start'],
      vi: 'Chưa kiểm tra được việc kiểm tra, giám sát định kỳ: hồ sơ chưa ghi period.start (cần ngày bắt đầu thực hiện period.start, các lần kiểm tra, giám sát và ngày của từng lần).',
      en: 'Cannot check that inspections were regular: the dossier does not give period.start (it needs the start of implementation, period.start, and the inspections with the date of each).',
      remediation: ['Bổ sung vào hồ sơ: period.start.'],
    },
  ];

  runRuleTable(RULE, cases);
});
