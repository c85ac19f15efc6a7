import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025 } from '../../support/scenarios.js';
import { lateOutreachProject } from '../../support/scenarios-l2.js';

describe('L2-prelaunch-outreach', () => {
  const RULE = 'L2-prelaunch-outreach';
  const cases: RuleCase[] = [
    {
      name: 'the example: loudspeaker on 2024-02-05 and a conference on 2024-02-20, before the 2024-03-01 start',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Có 2 hoạt động truyền thông trong 90 ngày trước khi bắt đầu thực hiện (từ 02/12/2023 đến 01/03/2024): ngày 05/02/2024 (loa truyền thanh cơ sở); ngày 20/02/2024 (hội nghị).',
      en: '2 communication activities fall in the 90 days before implementation starts (2 Dec 2023 to 1 Mar 2024): on 5 Feb 2024 (village loudspeaker); on 20 Feb 2024 (conference).',
      evidence: [
        { path: 'period.start', value: '2024-03-01' },
        {
          path: '@prelaunchOutreach.activities',
          value: [
            expect.objectContaining({ channel: 'loudspeaker', date: '2024-02-05', path: 'communication.activities[0]' }),
            expect.objectContaining({ channel: 'conference', date: '2024-02-20', path: 'communication.activities[1]' }),
          ],
        },
      ],
      check: ({ vi }) => expect(vi.evidence.find((item) => item.path === '@prelaunchOutreach.activities')?.params).toEqual({ days: 90 }),
    },
    {
      name: 'a leaflet handed out exactly 90 days before the start counts',
      dossier: lateOutreachProject((d) => {
        d.communication.activities.push({ channel: 'leaflet', date: '2023-12-02', audience: 'public', reach: 600 });
      }),
      status: 'pass',
      vi: 'Có 1 hoạt động truyền thông trong 90 ngày trước khi bắt đầu thực hiện (từ 02/12/2023 đến 01/03/2024): ngày 02/12/2023 (tờ rơi).',
      en: { contains: ['1 communication activity falls in the 90 days'] },
    },
    {
      name: 'a launch conference on the start day itself counts',
      dossier: lateOutreachProject((d) => {
        d.communication.activities.push({ channel: 'conference', date: '2024-03-01', audience: 'beneficiaries' });
      }),
      status: 'pass',
      vi: { contains: [': ngày 01/03/2024 (hội nghị).'] },
    },
    {
      name: 'after the 2025 reform: a loudspeaker announcement four days before the start',
      dossier: approvedAugust2025(),
      options: { asOf: '2025-09-15' },
      status: 'pass',
      vi: 'Có 1 hoạt động truyền thông trong 90 ngày trước khi bắt đầu thực hiện (từ 03/06/2025 đến 01/09/2025): ngày 28/08/2025 (loa truyền thanh cơ sở).',
    },
    {
      name: 'publicised five months ahead, then only after work began: the nearest dates are named',
      dossier: lateOutreachProject(),
      status: 'fail',
      vi: 'Không có hoạt động truyền thông nào trong 90 ngày trước khi bắt đầu thực hiện (từ 02/12/2023 đến 01/03/2024). Hoạt động gần nhất trước khoảng này diễn ra ngày 02/10/2023 (phát thanh). Hoạt động sớm nhất sau ngày bắt đầu diễn ra ngày 15/03/2024 (hội nghị).',
      en: 'No communication activity falls in the 90 days before implementation starts (2 Dec 2023 to 1 Mar 2024). The latest activity before that window was on 2 Oct 2023 (radio). The earliest activity after the start was on 15 Mar 2024 (conference).',
      remediation: ['trong vòng 90 ngày trước ngày bắt đầu thực hiện', 'communication.activities'],
      evidence: [
        { path: 'period.start', value: '2024-03-01' },
        { path: '@prelaunchOutreach.activities', value: [] },
      ],
    },
    {
      name: 'a leaflet one day too early (91 days before the start)',
      dossier: lateOutreachProject((d) => {
        d.communication.activities.push({ channel: 'leaflet', date: '2023-12-01', audience: 'public' });
      }),
      status: 'fail',
      vi: { contains: ['Hoạt động gần nhất trước khoảng này diễn ra ngày 01/12/2023 (tờ rơi).'] },
      en: { contains: ['The latest activity before that window was on 1 Dec 2023 (leaflet).'] },
    },
    {
      name: 'activities with no date may fall in the window: incomplete, naming each date',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'leaflet', audience: 'public', reach: 500 },
          { channel: 'loudspeaker', audience: 'public' },
        ];
      }),
      status: 'incomplete',
      missing: ['communication.activities[0].date', 'communication.activities[1].date'],
      vi: 'Chưa xác định được đề án có được tuyên truyền trước khi triển khai không: chưa có hoạt động truyền thông nào ghi ngày trong 90 ngày trước ngày bắt đầu thực hiện, và hồ sơ chưa ghi communication.activities[0].date và communication.activities[1].date (ngày bắt đầu period.start, danh sách hoạt động communication.activities, ngày của từng hoạt động).',
      en: { contains: ['no activity is dated in the 90 days before implementation starts', 'communication.activities[1].date'] },
    },
    {
      name: 'an undated activity does not hide a dated one in the window',
      dossier: exampleWith((d) => {
        d.communication.activities.push({ channel: 'leaflet', audience: 'public' });
      }),
      status: 'pass',
    },
    {
      name: 'no list of activities: not "no activity"',
      dossier: exampleWith((d) => {
        delete d.communication.activities;
      }),
      status: 'incomplete',
      missing: ['communication.activities'],
    },
    {
      name: 'an explicitly empty list of activities is data',
      dossier: exampleWith((d) => {
        d.communication.activities = [];
      }),
      status: 'fail',
      vi: 'Không có hoạt động truyền thông nào trong 90 ngày trước khi bắt đầu thực hiện (từ 02/12/2023 đến 01/03/2024). Hồ sơ ghi không có hoạt động truyền thông nào (communication.activities để trống).',
      en: { contains: ['The dossier records no communication activity (communication.activities is empty).'] },
    },
    {
      name: 'no start date: the window cannot be placed',
      dossier: exampleWith((d) => {
        delete d.period.start;
      }),
      status: 'incomplete',
      missing: ['period.start'],
      vi: 'Chưa xác định được đề án có được tuyên truyền trước khi triển khai không: hồ sơ chưa ghi period.start (ngày bắt đầu period.start, danh sách hoạt động communication.activities, ngày của từng hoạt động).',
      en: 'Cannot tell whether the project was publicised before work started: the dossier does not give period.start (the start, period.start; the activities, communication.activities; the date of each).',
    },
  ];

  runRuleTable(RULE, cases);
});
