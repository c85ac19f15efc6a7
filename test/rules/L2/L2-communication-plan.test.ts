import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';

describe('L2-communication-plan', () => {
  const RULE = 'L2-communication-plan';
  const cases: RuleCase[] = [
    {
      name: 'the example: plan approved 2024-01-15, work starts 2024-03-01',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Kế hoạch truyền thông được phê duyệt ngày 15/01/2024, trước khi bắt đầu thực hiện (01/03/2024).',
      en: 'The communication plan was approved on 15 Jan 2024, before implementation started (1 Mar 2024).',
      evidence: [
        { path: 'communication.planApprovedOn', value: '2024-01-15' },
        { path: 'period.start', value: '2024-03-01' },
      ],
    },
    {
      name: 'plan approved on the very day work starts',
      dossier: exampleWith((d) => {
        d.communication.planApprovedOn = '2024-03-01';
      }),
      status: 'pass',
    },
    {
      name: 'a proposal-stage draft with its plan already approved',
      dossier: proposalDraft(),
      status: 'pass',
    },
    {
      name: 'plan approved nine days after work started',
      dossier: exampleWith((d) => {
        d.communication.planApprovedOn = '2024-03-10';
      }),
      status: 'fail',
      vi: 'Kế hoạch truyền thông được phê duyệt ngày 10/03/2024, sau ngày bắt đầu thực hiện 01/03/2024.',
      en: 'The communication plan was approved on 10 Mar 2024, after implementation started on 1 Mar 2024.',
      remediation: ['Phê duyệt kế hoạch truyền thông trước ngày bắt đầu thực hiện'],
      evidence: [
        { path: 'communication.planApprovedOn', value: '2024-03-10' },
        { path: 'period.start', value: '2024-03-01' },
      ],
    },
    {
      name: 'no approval date for the plan',
      dossier: exampleWith((d) => {
        delete d.communication.planApprovedOn;
      }),
      status: 'incomplete',
      missing: ['communication.planApprovedOn'],
      vi: 'Chưa xác định được kế hoạch truyền thông có được duyệt trước khi triển khai không: hồ sơ chưa ghi communication.planApprovedOn (ngày duyệt kế hoạch truyền thông communication.planApprovedOn, ngày bắt đầu thực hiện period.start).',
      en: 'Cannot tell whether the communication plan was approved before work started: the dossier does not give communication.planApprovedOn (the date the communication plan was approved, communication.planApprovedOn; the start of implementation, period.start).',
      remediation: ['Bổ sung vào hồ sơ: communication.planApprovedOn'],
    },
    {
      name: 'approval date null and no period (null means absent)',
      dossier: exampleWith((d) => {
        d.communication.planApprovedOn = null;
        d.period = null;
      }),
      status: 'incomplete',
      missing: ['communication.planApprovedOn', 'period.start'],
      vi: { contains: ['hồ sơ chưa ghi communication.planApprovedOn và period.start ('] },
      en: { contains: ['the dossier does not give communication.planApprovedOn and period.start ('] },
    },
    {
      name: 'no communication section at all',
      dossier: exampleWith((d) => {
        delete d.communication;
      }),
      status: 'incomplete',
      missing: ['communication.planApprovedOn'],
    },
  ];

  runRuleTable(RULE, cases);
});
