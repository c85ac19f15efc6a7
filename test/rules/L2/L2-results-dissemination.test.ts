import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';
import { completedWithoutResultsCommunication, inProgressProject } from '../../support/scenarios-l2.js';

describe('L2-results-dissemination', () => {
  const RULE = 'L2-results-dissemination';
  const cases: RuleCase[] = [
    {
      name: 'the example: television on 2024-10-25 and the website on 2024-11-05, acceptance done on 2024-10-30',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Có 2 hoạt động truyền thông kết quả từ ngày 15/10/2024 (15 ngày trước ngày hoàn thành mốc cuối "Nghiệm thu, tổng kết", 30/10/2024) trở đi: ngày 25/10/2024 (truyền hình); ngày 05/11/2024 (trang thông tin điện tử).',
      en: '2 communication activities are dated on or after 15 Oct 2024 (15 days before the completion of the last milestone, "Nghiệm thu, tổng kết", on 30 Oct 2024): on 25 Oct 2024 (television); on 5 Nov 2024 (website).',
      evidence: [
        { path: '@resultsDissemination.endDate', value: '2024-10-30' },
        {
          path: '@resultsDissemination.activities',
          value: [
            expect.objectContaining({ date: '2024-10-25', path: 'communication.activities[2]' }),
            expect.objectContaining({ date: '2024-11-05', path: 'communication.activities[3]' }),
          ],
        },
      ],
    },
    {
      name: 'the last milestone has no completion date: the end of the period is used',
      dossier: exampleWith((d) => {
        delete d.implementation.milestones[3].completedOn;
      }),
      status: 'pass',
      vi: 'Có 2 hoạt động truyền thông kết quả từ ngày 16/10/2024 (15 ngày trước ngày kết thúc thực hiện 31/10/2024) trở đi: ngày 25/10/2024 (truyền hình); ngày 05/11/2024 (trang thông tin điện tử).',
      en: { contains: ['on or after 16 Oct 2024 (15 days before the end of implementation on 31 Oct 2024)'] },
      evidence: [{ path: '@resultsDissemination.endDate', value: '2024-10-31' }],
    },
    {
      name: 'a newspaper article exactly 15 days before acceptance counts',
      dossier: completedWithoutResultsCommunication((d) => {
        d.communication.activities.push({ channel: 'newspaper', date: '2024-10-15', audience: 'public' });
      }),
      status: 'pass',
      vi: { contains: [': ngày 15/10/2024 (báo in).'] },
    },
    {
      name: 'completed, but nothing said after the launch conference',
      dossier: completedWithoutResultsCommunication(),
      status: 'fail',
      vi: 'Đề án đã hoàn thành (mốc cuối "Nghiệm thu, tổng kết" xong ngày 30/10/2024) nhưng không có hoạt động truyền thông nào từ ngày 15/10/2024 (15 ngày trước đó) trở đi để phổ biến kết quả. Hoạt động gần nhất diễn ra ngày 20/02/2024 (hội nghị).',
      en: 'The project is completed (last milestone "Nghiệm thu, tổng kết" done on 30 Oct 2024) but no communication activity dated on or after 15 Oct 2024 (15 days before) spreads its results. The latest activity was on 20 Feb 2024 (conference).',
      remediation: ['từ ngày 15/10/2024 trở đi', 'communication.activities'],
      evidence: [
        { path: '@resultsDissemination.endDate', value: '2024-10-30' },
        { path: '@resultsDissemination.activities', value: [] },
      ],
    },
    {
      name: 'an article one day too early (16 days before acceptance)',
      dossier: completedWithoutResultsCommunication((d) => {
        d.communication.activities.push({ channel: 'newspaper', date: '2024-10-14', audience: 'public' });
      }),
      status: 'fail',
      vi: { contains: ['Hoạt động gần nhất diễn ra ngày 14/10/2024 (báo in).'] },
    },
    {
      name: 'no communication section at all: not "no activity"',
      dossier: exampleWith((d) => {
        delete d.communication;
      }),
      status: 'incomplete',
      missing: ['communication.activities'],
      vi: 'Chưa xác định được kết quả đề án đã được truyền thông chưa: hồ sơ chưa ghi communication.activities (ngày hoàn thành mốc cuối hoặc ngày kết thúc thực hiện, danh sách hoạt động truyền thông communication.activities và ngày của từng hoạt động).',
      en: { contains: ['Cannot tell whether the project’s results were communicated'.replace('’', "'"), 'communication.activities'] },
    },
    {
      name: 'an explicitly empty list of activities is data: fail',
      dossier: exampleWith((d) => {
        d.communication.activities = [];
      }),
      status: 'fail',
      vi: 'Đề án đã hoàn thành (mốc cuối "Nghiệm thu, tổng kết" xong ngày 30/10/2024) nhưng không có hoạt động truyền thông nào từ ngày 15/10/2024 (15 ngày trước đó) trở đi để phổ biến kết quả. Hồ sơ ghi không có hoạt động truyền thông nào (communication.activities để trống).',
      en: { contains: ['(communication.activities is empty).'], excludes: ['latest activity'] },
    },
    {
      name: 'an undated activity may be the results report: incomplete, naming its date',
      dossier: completedWithoutResultsCommunication((d) => {
        d.communication.activities.push({ channel: 'newspaper', audience: 'public' });
      }),
      status: 'incomplete',
      missing: ['communication.activities[2].date'],
    },
    {
      name: 'an undated activity does not hide a dated one in the window',
      dossier: exampleWith((d) => {
        d.communication.activities.push({ channel: 'newspaper', audience: 'public' });
      }),
      status: 'pass',
    },
    {
      name: 'neither the last milestone’s completion nor the end of the period is given',
      dossier: exampleWith((d) => {
        delete d.implementation.milestones[3].completedOn;
        delete d.period.end;
      }),
      status: 'incomplete',
      missing: ['implementation.milestones[3].completedOn', 'period.end'],
      vi: { contains: ['hồ sơ chưa ghi implementation.milestones[3].completedOn (Nghiệm thu, tổng kết) và period.end'] },
      evidence: [{ path: '@resultsDissemination.endDate', value: null, missing: ['implementation.milestones[3].completedOn', 'period.end'] }],
    },
    {
      name: 'no milestones and no end of the period',
      dossier: exampleWith((d) => {
        delete d.implementation;
        delete d.period.end;
      }),
      status: 'incomplete',
      missing: ['implementation.milestones', 'period.end'],
    },
    {
      name: 'still in progress',
      dossier: inProgressProject(),
      options: { asOf: '2024-07-15' },
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án ở giai đoạn "đang thực hiện", chưa hoàn thành nên chưa đến lúc truyền thông kết quả.',
      en: 'Not applicable: the project is at the "in progress" stage and not yet completed, so its results are not due to be communicated.',
      evidence: [{ path: '@stage', value: 'in-progress' }],
    },
    {
      name: 'a proposal-stage draft',
      dossier: proposalDraft(),
      status: 'not-applicable',
      vi: { contains: ['giai đoạn "đề xuất"'] },
    },
  ];

  runRuleTable(RULE, cases);
});
