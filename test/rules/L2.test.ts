import { describe, expect, it } from 'vitest';
import L2 from '../../rules/L2.json';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { evaluator } from '../support/evaluate.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../support/rule-cases.js';
import { approvedAugust2025, proposalDraft } from '../support/scenarios.js';
import { completedWithoutResultsCommunication, inProgressProject, lateOutreachProject } from '../support/scenarios-l2.js';

/** The rules that have a table below; the last check compares it with rules/L2.json. */
const TABLES = new Set<string>();

const MASS_MEDIA_VI = 'cần ít nhất 2 kênh, trong đó có ít nhất một kênh thông tin đại chúng (truyền hình, phát thanh, báo in, trang thông tin điện tử hoặc loa truyền thanh cơ sở).';

describe('L2-communication-plan', () => {
  const RULE = 'L2-communication-plan';
  TABLES.add(RULE);
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

  runRuleTable(RULE, cases);
});

describe('L2-channel-mix', () => {
  const RULE = 'L2-channel-mix';
  TABLES.add(RULE);
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

  runRuleTable(RULE, cases);

  it('is never not-applicable, even for an empty draft', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'empty', dossier: {}, status: 'fail' });
    expect(vi.message).toContain('Đề án dùng 0 kênh truyền thông');
  });
});

describe('L2-prelaunch-outreach', () => {
  const RULE = 'L2-prelaunch-outreach';
  TABLES.add(RULE);
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
      name: 'activities with no date cannot show when they happened',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'leaflet', audience: 'public', reach: 500 },
          { channel: 'loudspeaker', audience: 'public' },
        ];
      }),
      status: 'fail',
      vi: 'Không có hoạt động truyền thông nào trong 90 ngày trước khi bắt đầu thực hiện (từ 02/12/2023 đến 01/03/2024). Có 2 hoạt động không ghi ngày.',
      en: { contains: ['2 activities have no date.'], excludes: ['latest activity', 'earliest activity'] },
      remediation: ['ghi ngày cho các hoạt động còn thiếu ngày'],
    },
    {
      name: 'no communication activity at all',
      dossier: exampleWith((d) => {
        delete d.communication.activities;
      }),
      status: 'fail',
      vi: 'Không có hoạt động truyền thông nào trong 90 ngày trước khi bắt đầu thực hiện (từ 02/12/2023 đến 01/03/2024). Hồ sơ chưa ghi hoạt động truyền thông nào.',
      en: { contains: ['The dossier records no communication activity.'] },
    },
    {
      name: 'no start date: the window cannot be placed',
      dossier: exampleWith((d) => {
        delete d.period.start;
      }),
      status: 'fail',
      missing: ['period.start'],
      vi: 'Chưa xác định được đề án có được tuyên truyền trước khi triển khai không: hồ sơ thiếu period.start.',
      en: 'Cannot tell whether the project was publicised before work started: the dossier lacks period.start.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L2-beneficiary-outreach', () => {
  const RULE = 'L2-beneficiary-outreach';
  TABLES.add(RULE);
  const cases: RuleCase[] = [
    {
      name: 'the example: a conference with 45 members of the cooperative',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Có 1 hoạt động truyền thông dành cho cơ sở thụ hưởng: hội nghị ngày 20/02/2024 (tiếp cận 45 người).',
      en: '1 communication activity is addressed to the beneficiaries: conference on 20 Feb 2024 (reaching 45 people).',
      evidence: [
        {
          path: '@communicationActivitiesFor',
          value: [expect.objectContaining({ channel: 'conference', audience: 'beneficiaries', path: 'communication.activities[1]' })],
        },
      ],
    },
    {
      name: 'a second one, a field visit with no date or reach given',
      dossier: exampleWith((d) => {
        d.communication.activities.push({ channel: 'field-visit', audience: 'beneficiaries' });
      }),
      status: 'pass',
      vi: 'Có 2 hoạt động truyền thông dành cho cơ sở thụ hưởng: hội nghị ngày 20/02/2024 (tiếp cận 45 người); tham quan thực tế.',
      en: '2 communication activities are addressed to the beneficiaries: conference on 20 Feb 2024 (reaching 45 people); field visit.',
    },
    {
      name: 'the conference was for the authorities: only the public and officials were reached',
      dossier: exampleWith((d) => {
        d.communication.activities[1].audience = 'authorities';
      }),
      status: 'fail',
      vi: 'Hồ sơ có 4 hoạt động truyền thông, hướng tới người dân và cơ quan quản lý, nhưng chưa có hoạt động nào dành cho cơ sở thụ hưởng (Hợp tác xã bánh cáy Thái Phương).',
      en: 'The dossier records 4 communication activities, addressed to the public and authorities, but none addressed to the beneficiaries (Hợp tác xã bánh cáy Thái Phương).',
      remediation: ['audience "beneficiaries"'],
      evidence: [{ path: '@communicationActivitiesFor', value: [] }],
    },
    {
      name: 'two beneficiaries, one given by its id only',
      dossier: exampleWith((d) => {
        d.communication.activities[1].audience = 'public';
        d.beneficiaries.push({ id: 'HKD-THAIPHUONG-02', kind: 'household-business' });
      }),
      status: 'fail',
      vi: { contains: ['hướng tới người dân,', '(Hợp tác xã bánh cáy Thái Phương; HKD-THAIPHUONG-02).'], excludes: ['(chưa có)'] },
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'no communication activity at all',
      dossier: exampleWith((d) => {
        delete d.communication.activities;
      }),
      status: 'fail',
      vi: 'Hồ sơ chưa ghi hoạt động truyền thông nào, nên chưa có hoạt động dành cho cơ sở thụ hưởng (Hợp tác xã bánh cáy Thái Phương).',
      en: 'The dossier records no communication activity, so none addressed to the beneficiaries (Hợp tác xã bánh cáy Thái Phương).',
    },
    {
      name: 'an empty draft: no activity and no beneficiary to name',
      dossier: {},
      status: 'fail',
      vi: 'Hồ sơ chưa ghi hoạt động truyền thông nào, nên chưa có hoạt động dành cho cơ sở thụ hưởng.',
      en: 'The dossier records no communication activity, so none addressed to the beneficiaries.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L2-consultation', () => {
  const RULE = 'L2-consultation';
  TABLES.add(RULE);
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
      name: 'minutes kept only for a meeting after the start and for an undated one',
      dossier: exampleWith((d) => {
        d.communication.consultations = [
          { date: '2024-01-25', participants: 38 },
          { date: '2024-03-10', participants: 20, minutesRecorded: true },
          { participants: 12, minutesRecorded: true },
        ];
      }),
      status: 'fail',
      vi: 'Hồ sơ ghi 3 cuộc tham vấn, lấy ý kiến nhưng chưa cuộc nào vừa có biên bản vừa tổ chức không muộn hơn ngày bắt đầu thực hiện (01/03/2024): ngày 25/01/2024 (38 người tham dự), chưa có biên bản; ngày 10/03/2024 (20 người tham dự), có biên bản, tổ chức sau ngày bắt đầu; không ghi ngày (12 người tham dự), có biên bản.',
      en: 'The dossier records 3 consultations, none both with minutes and held on or before the start of implementation (1 Mar 2024): on 25 Jan 2024 (38 participants), no minutes recorded; on 10 Mar 2024 (20 participants), with minutes, held after the start; undated (12 participants), with minutes.',
    },
    {
      name: 'no consultation at all',
      dossier: exampleWith((d) => {
        delete d.communication.consultations;
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
      status: 'fail',
      missing: ['period.start'],
      vi: 'Chưa xác định được việc lấy ý kiến có diễn ra trước khi triển khai không: hồ sơ thiếu period.start.',
      en: 'Cannot tell whether the consultation came before work started: the dossier lacks period.start.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L2-media-engagement', () => {
  const RULE = 'L2-media-engagement';
  TABLES.add(RULE);
  const cases: RuleCase[] = [
    {
      name: 'the example: the provincial radio and television station took part',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Cơ quan báo chí, truyền thông tham gia đề án: Đài Phát thanh và Truyền hình Thái Bình (tham gia ngày 25/10/2024).',
      en: 'The media take part in the project: Đài Phát thanh và Truyền hình Thái Bình (participation on 25 Oct 2024).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'media', path: 'engagements[7]' })] }],
    },
    {
      name: 'the provincial newspaper too, recorded by name only',
      dossier: exampleWith((d) => {
        d.engagements.push({ party: 'media', name: 'Báo Thái Bình' });
      }),
      status: 'pass',
      vi: 'Cơ quan báo chí, truyền thông tham gia đề án: Đài Phát thanh và Truyền hình Thái Bình (tham gia ngày 25/10/2024); Báo Thái Bình.',
    },
    {
      name: 'a proposal-stage draft: no media yet, though the loudspeaker was used',
      dossier: proposalDraft(),
      status: 'fail',
      vi: 'Hồ sơ ghi 4 bên tham gia, phối hợp nhưng chưa có cơ quan báo chí, truyền thông nào (các kênh truyền thông đã dùng: loa truyền thanh cơ sở và hội nghị).',
      en: 'The dossier records 4 participating parties but no media organisation (channels used: village loudspeaker and conference).',
      remediation: ['party "media"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'an empty draft: no party and no channel',
      dossier: {},
      status: 'fail',
      vi: 'Hồ sơ chưa ghi bên tham gia, phối hợp nào, kể cả cơ quan báo chí, truyền thông.',
      en: 'The dossier records no participating party, media organisations included.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L2-results-dissemination', () => {
  const RULE = 'L2-results-dissemination';
  TABLES.add(RULE);
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
      vi: 'Đề án đã hoàn thành (mốc cuối "Nghiệm thu, tổng kết" xong ngày 30/10/2024) nhưng không có hoạt động truyền thông nào từ ngày 15/10/2024 trở đi để phổ biến kết quả. Hoạt động gần nhất diễn ra ngày 20/02/2024 (hội nghị).',
      en: 'The project is completed (last milestone "Nghiệm thu, tổng kết" done on 30 Oct 2024) but no communication activity dated on or after 15 Oct 2024 spreads its results. The latest activity was on 20 Feb 2024 (conference).',
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
      name: 'no activity at all',
      dossier: exampleWith((d) => {
        delete d.communication;
      }),
      status: 'fail',
      vi: 'Đề án đã hoàn thành (mốc cuối "Nghiệm thu, tổng kết" xong ngày 30/10/2024) nhưng không có hoạt động truyền thông nào từ ngày 15/10/2024 trở đi để phổ biến kết quả. Hồ sơ chưa ghi hoạt động truyền thông nào.',
      en: { contains: ['The dossier records no communication activity.'], excludes: ['latest activity'] },
    },
    {
      name: 'neither the last milestone’s completion nor the end of the period is given',
      dossier: exampleWith((d) => {
        delete d.implementation.milestones[3].completedOn;
        delete d.period.end;
      }),
      status: 'fail',
      vi: 'Chưa xác định được thời điểm kết thúc đề án để đối chiếu việc truyền thông kết quả: hồ sơ thiếu implementation.milestones[3].completedOn và period.end.',
      en: 'Cannot date the end of the project to check that its results were communicated: the dossier lacks implementation.milestones[3].completedOn and period.end.',
      remediation: ['Ghi ngày hoàn thành mốc cuối (implementation.milestones[3].completedOn) hoặc ngày kết thúc thực hiện (period.end)'],
      evidence: [{ path: '@resultsDissemination.endDate', value: null }],
    },
    {
      name: 'no milestones and no end of the period',
      dossier: exampleWith((d) => {
        delete d.implementation;
        delete d.period.end;
      }),
      status: 'fail',
      vi: { contains: ['hồ sơ thiếu implementation.milestones và period.end.'] },
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

describe('L2 rule set', () => {
  it('every rule of rules/L2.json has a table above', () => {
    expect([...TABLES].sort()).toEqual(L2.rules.map((rule) => rule.id).sort());
  });

  it('the example passes every L2 rule, so lesson 2 scores 100', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const findings = report.findings.filter((finding) => finding.lesson === 'L2');
    expect(findings.map((finding) => [finding.ruleId, finding.status])).toEqual(L2.rules.map((rule) => [rule.id, 'pass']));
  });
});
