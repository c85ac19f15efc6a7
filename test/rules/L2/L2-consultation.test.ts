import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';

describe('L2-consultation', () => {
  const RULE = 'L2-consultation';
  const cases: RuleCase[] = [
    {
      name: 'the example: 38 people consulted on 2024-01-25, minutes recorded',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Hồ sơ ghi 1 cuộc tham vấn, lấy ý kiến; 1 cuộc có biên bản và tổ chức không muộn hơn ngày bắt đầu thực hiện (01/03/2024): ngày 25/01/2024 (38 người tham dự).',
      en: 'The dossier records 1 consultation; 1 with minutes held on or before the start of implementation (1 Mar 2024): on 25 Jan 2024 (38 participants).',
      evidence: [
        { path: '@consultations', value: [expect.objectContaining({ date: '2024-01-25', minutesRecorded: true, afterStart: false })] },
        { path: '@consultationsWithMinutesByStart', value: [expect.objectContaining({ path: 'communication.consultations[0]' })] },
      ],
    },
    {
      name: 'a consultation on the start day, minutes recorded, participants not counted',
      dossier: exampleWith((d) => {
        d.communication.consultations = [{ date: '2024-03-01', minutesRecorded: true }];
      }),
      status: 'pass',
      vi: { contains: ['(01/03/2024): ngày 01/03/2024.'] },
    },
    {
      name: 'a proposal-stage draft consulted before submission',
      dossier: proposalDraft(),
      status: 'pass',
    },
    {
      name: 'the meeting took place but no minutes were kept',
      dossier: exampleWith((d) => {
        d.communication.consultations[0].minutesRecorded = false;
      }),
      status: 'fail',
      vi: 'Hồ sơ ghi 1 cuộc tham vấn, lấy ý kiến nhưng chưa cuộc nào vừa có biên bản vừa tổ chức không muộn hơn ngày bắt đầu thực hiện (01/03/2024): ngày 25/01/2024 (38 người tham dự), chưa có biên bản.',
      en: 'The dossier records 1 consultation, none both with minutes and held on or before the start of implementation (1 Mar 2024): on 25 Jan 2024 (38 participants), no minutes recorded.',
      remediation: ['communication.consultations', 'minutesRecorded: true'],
      evidence: [{ path: '@consultationsWithMinutesByStart', value: [] }],
    },
    {
      name: 'a meeting before the start that does not say whether minutes were kept, and an undated one with minutes: incomplete',
      dossier: exampleWith((d) => {
        d.communication.consultations = [
          { date: '2024-01-25', participants: 38 },
          { date: '2024-03-10', participants: 20, minutesRecorded: true },
          { participants: 12, minutesRecorded: true },
        ];
      }),
      status: 'incomplete',
      missing: ['communication.consultations[0].minutesRecorded', 'communication.consultations[2].date'],
    },
    {
      name: 'minutes kept only for a meeting after the start; none for the one before',
      dossier: exampleWith((d) => {
        d.communication.consultations = [
          { date: '2024-01-25', participants: 38, minutesRecorded: false },
          { date: '2024-03-10', participants: 20, minutesRecorded: true },
        ];
      }),
      status: 'fail',
      vi: 'Hồ sơ ghi 2 cuộc tham vấn, lấy ý kiến nhưng chưa cuộc nào vừa có biên bản vừa tổ chức không muộn hơn ngày bắt đầu thực hiện (01/03/2024): ngày 25/01/2024 (38 người tham dự), chưa có biên bản; ngày 10/03/2024 (20 người tham dự), có biên bản, tổ chức sau ngày bắt đầu.',
      en: 'The dossier records 2 consultations, none both with minutes and held on or before the start of implementation (1 Mar 2024): on 25 Jan 2024 (38 participants), no minutes recorded; on 10 Mar 2024 (20 participants), with minutes, held after the start.',
    },
    {
      name: 'no consultations list: not stated is not "none held"',
      dossier: exampleWith((d) => {
        delete d.communication.consultations;
      }),
      status: 'incomplete',
      missing: ['communication.consultations'],
      vi: 'Chưa xác định được đã lấy ý kiến, có biên bản, trước khi triển khai chưa: hồ sơ thiếu communication.consultations (ngày bắt đầu thực hiện period.start; các cuộc tham vấn, ngày và có biên bản hay không, minutesRecorded).',
    },
    {
      name: 'no consultation at all (an empty list)',
      dossier: exampleWith((d) => {
        d.communication.consultations = [];
      }),
      status: 'fail',
      vi: 'Hồ sơ chưa ghi cuộc tham vấn, lấy ý kiến nào trước ngày bắt đầu thực hiện (01/03/2024).',
      en: 'The dossier records no consultation before implementation starts (1 Mar 2024).',
      evidence: [{ path: '@consultations', value: [] }],
    },
    {
      name: 'no period: whether it came before the start cannot be told',
      dossier: exampleWith((d) => {
        d.period = null;
      }),
      status: 'incomplete',
      missing: ['period.start'],
      vi: { contains: ['hồ sơ thiếu period.start (ngày bắt đầu thực hiện'] },
      en: { contains: ['Cannot tell whether a consultation with minutes was held before work started: the dossier lacks period.start'] },
    },
  ];

  runRuleTable(RULE, cases);
});
