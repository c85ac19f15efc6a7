import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';

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
      vi: 'Còn tồn tại chưa xử lý xong sau kiểm tra: đợt kiểm tra ngày 10/07/2024 của Trung tâm Khuyến công phát hiện 2 tồn tại, mới xử lý 1; mọi tồn tại phát hiện phải được xử lý trước khi nghiệm thu.',
      en: 'Issues found by inspections remain open: the inspection of 10 Jul 2024 by Trung tâm Khuyến công found 2 issues, 1 resolved; every issue found must be resolved before acceptance.',
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
      vi: 'Còn tồn tại chưa xử lý xong sau kiểm tra: đợt kiểm tra ngày 10/07/2024 của Trung tâm Khuyến công phát hiện 2 tồn tại, mới xử lý 0; mọi tồn tại phát hiện phải được xử lý trước khi nghiệm thu.',
      en: { excludes: ['22 Apr 2024'] },
    },
    {
      name: 'the April inspection does not say how many were resolved, the others resolved all: incomplete',
      dossier: exampleWith((d) => {
        delete d.implementation.inspections[0].issuesResolved;
      }),
      status: 'incomplete',
      missing: ['implementation.inspections[0].issuesResolved'],
      vi: 'Chưa xác định được các tồn tại phát hiện qua kiểm tra, giám sát đã được xử lý hết chưa: hồ sơ chưa ghi implementation.inspections[0].issuesResolved (các lần kiểm tra, số tồn tại phát hiện issuesFound và số đã xử lý issuesResolved của từng lần).',
    },
    {
      name: 'a completed project with no inspections list: cannot tell whether issues were found',
      dossier: exampleWith((d) => {
        delete d.implementation.inspections;
      }),
      status: 'incomplete',
      missing: ['implementation.inspections'],
    },
    {
      name: 'an inspection with neither date nor inspecting body is named by its place',
      dossier: exampleWith((d) => {
        d.implementation.inspections[1] = { issuesFound: 2, issuesResolved: 1 };
      }),
      status: 'fail',
      vi: 'Còn tồn tại chưa xử lý xong sau kiểm tra: đợt kiểm tra implementation.inspections[1] phát hiện 2 tồn tại, mới xử lý 1; mọi tồn tại phát hiện phải được xử lý trước khi nghiệm thu.',
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
