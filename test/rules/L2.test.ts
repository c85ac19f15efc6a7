import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { expectTableCovers, runRuleCase, type RuleCase } from '../support/rule-cases.js';
import { proposalDraft } from '../support/scenarios.js';

const MASS_MEDIA_VI = 'cần ít nhất 2 kênh, trong đó có ít nhất một kênh thông tin đại chúng (truyền hình, phát thanh, báo in, trang thông tin điện tử hoặc loa truyền thanh cơ sở).';

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
      status: 'fail',
      missing: ['communication.planApprovedOn'],
      vi: 'Chưa xác định được kế hoạch truyền thông có được duyệt trước khi triển khai không: hồ sơ thiếu communication.planApprovedOn.',
      en: 'Cannot tell whether the communication plan was approved before work started: the dossier lacks communication.planApprovedOn.',
      remediation: ['Bổ sung vào hồ sơ: communication.planApprovedOn'],
    },
    {
      name: 'approval date null and no period (null means absent)',
      dossier: exampleWith((d) => {
        d.communication.planApprovedOn = null;
        d.period = null;
      }),
      status: 'fail',
      missing: ['communication.planApprovedOn', 'period.start'],
      vi: { contains: ['hồ sơ thiếu communication.planApprovedOn và period.start.'] },
      en: { contains: ['the dossier lacks communication.planApprovedOn and period.start.'] },
    },
    {
      name: 'no communication section at all',
      dossier: exampleWith((d) => {
        delete d.communication;
      }),
      status: 'fail',
      missing: ['communication.planApprovedOn'],
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and missing data', () => expectTableCovers(RULE, cases));
});

describe('L2-channel-mix', () => {
  const RULE = 'L2-channel-mix';
  const cases: RuleCase[] = [
    {
      name: 'the example: loudspeaker, conference, television and website',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án dùng 4 kênh truyền thông: loa truyền thanh cơ sở, hội nghị, truyền hình và trang thông tin điện tử.',
      en: 'The project uses 4 communication channels: village loudspeaker, conference, television and website.',
      evidence: [{ path: '@communicationChannels', value: ['loudspeaker', 'conference', 'television', 'website'] }],
    },
    {
      name: 'exactly two channels, one of them radio',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'radio', date: '2024-02-05', audience: 'public', reach: 5000 },
          { channel: 'conference', date: '2024-02-20', audience: 'beneficiaries', reach: 45 },
        ];
      }),
      status: 'pass',
      vi: 'Đề án dùng 2 kênh truyền thông: phát thanh và hội nghị.',
    },
    {
      name: 'two television reports are one channel',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'television', date: '2024-02-05', audience: 'public' },
          { channel: 'television', date: '2024-10-25', audience: 'public' },
        ];
      }),
      status: 'fail',
      vi: `Đề án dùng 1 kênh truyền thông (truyền hình); ${MASS_MEDIA_VI}`,
      en: { contains: ['(television); at least 2 are expected, one of them mass media'] },
      remediation: ['kênh thông tin đại chúng'],
      evidence: [{ path: '@communicationChannels', value: ['television'] }],
    },
    {
      name: 'one channel: the English message uses the singular',
      dossier: exampleWith((d) => {
        d.communication.activities = [{ channel: 'television', date: '2024-10-25', audience: 'public' }];
      }),
      status: 'fail',
      en: { contains: ['The project uses 1 communication channel (television)'] },
    },
    {
      name: 'two channels but no mass media (conference and leaflets)',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'conference', date: '2024-02-20', audience: 'beneficiaries', reach: 45 },
          { channel: 'leaflet', date: '2024-02-21', audience: 'public', reach: 500 },
        ];
      }),
      status: 'fail',
      vi: `Đề án dùng 2 kênh truyền thông (hội nghị và tờ rơi); ${MASS_MEDIA_VI}`,
      en: { contains: ['uses 2 communication channels (conference and leaflet)', 'one of them mass media'] },
      evidence: [{ path: '@communicationChannels', value: ['conference', 'leaflet'] }],
    },
    {
      name: 'no communication activity at all',
      dossier: exampleWith((d) => {
        delete d.communication.activities;
      }),
      status: 'fail',
      vi: `Đề án dùng 0 kênh truyền thông; ${MASS_MEDIA_VI}`,
      en: { contains: ['uses 0 communication channels; at least 2 are expected'] },
      evidence: [{ path: '@communicationChannels', value: [] }],
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass and fail', () => expectTableCovers(RULE, cases));

  it('is never not-applicable, even for an empty draft', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'empty', dossier: {}, status: 'fail' });
    expect(vi.message).toContain('Đề án dùng 0 kênh truyền thông');
  });
});
