import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../../support/rule-cases.js';

const MASS_MEDIA_VI = 'cần ít nhất 2 kênh, trong đó có ít nhất một kênh thông tin đại chúng (truyền hình, phát thanh, báo in, trang thông tin điện tử hoặc loa truyền thanh cơ sở).';

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
      name: 'no list of activities: not "no channel"',
      dossier: exampleWith((d) => {
        delete d.communication.activities;
      }),
      status: 'incomplete',
      missing: ['communication.activities'],
      vi: 'Chưa xác định được đề án dùng đủ kênh truyền thông chưa: hồ sơ chưa ghi communication.activities (danh sách hoạt động communication.activities và kênh channel của từng hoạt động).',
      en: { contains: ['Cannot tell whether the project uses enough channels'] },
    },
    {
      name: 'an explicitly empty list of activities is data: no channel',
      dossier: exampleWith((d) => {
        d.communication.activities = [];
      }),
      status: 'fail',
      vi: `Đề án dùng 0 kênh truyền thông; ${MASS_MEDIA_VI}`,
      en: { contains: ['uses 0 communication channels; at least 2 are expected'] },
      evidence: [{ path: '@communicationChannels', value: [] }],
    },
    {
      name: 'one channel known and an activity whose channel is not stated: it may be the second',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'television', date: '2024-02-20', audience: 'public' },
          { date: '2024-02-25', audience: 'beneficiaries' },
        ];
      }),
      status: 'incomplete',
      missing: ['communication.activities[1].channel'],
      vi: { contains: ['các kênh đã ghi (truyền hình) chưa đủ 2 kênh'] },
    },
    {
      name: 'two channels known, one of them mass media: an activity without a channel changes nothing',
      dossier: exampleWith((d) => {
        d.communication.activities.push({ date: '2024-02-25', audience: 'beneficiaries' });
      }),
      status: 'pass',
    },
  ];

  runRuleTable(RULE, cases);

  it('is never not-applicable: an empty draft is incomplete, naming the activities', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'empty', dossier: {}, status: 'incomplete', missing: ['communication.activities'] });
    expect(vi.missing).toEqual(['communication.activities']);
  });
});
