import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { expectTableCovers, runRuleCase, type RuleCase } from '../support/rule-cases.js';
import { approvedAugust2025, localProject, proposalDraft, withoutParties } from '../support/scenarios.js';

const AGENCY_2017_2025 = 'Cục Công Thương địa phương';
const AGENCY_FROM_2025 = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';
const AGENCY_UNTIL_2017 = 'Cục Công nghiệp địa phương';
const AFTER_REFORM = { asOf: '2025-09-15' };

describe('L1-ministry-agency', () => {
  const RULE = 'L1-ministry-agency';
  const cases: RuleCase[] = [
    {
      name: 'the example: approved by the Ministry agency on 2023-12-28',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Có văn bản của cơ quan khuyến công thuộc Bộ: phê duyệt của ${AGENCY_2017_2025} ngày 28/12/2023 (QĐ phê duyệt đề án khuyến công quốc gia năm 2024).`,
      en: { contains: [`approval by ${AGENCY_2017_2025} on 28 Dec 2023`] },
      evidence: [
        {
          path: '@engagementsBy',
          value: [expect.objectContaining({ party: 'ministry-agency', type: 'approval', date: '2023-12-28', path: 'engagements[0]' })],
        },
      ],
    },
    {
      name: 'an appraisal (not an approval) by the agency is enough',
      dossier: exampleWith((d) => {
        d.engagements[0].type = 'appraisal';
      }),
      status: 'pass',
      vi: { contains: [`thẩm định của ${AGENCY_2017_2025} ngày 28/12/2023`] },
      en: { contains: [`appraisal by ${AGENCY_2017_2025}`] },
    },
    {
      name: 'a project approved in 2025-08 by the agency under its new name',
      dossier: approvedAugust2025(),
      options: AFTER_REFORM,
      status: 'pass',
      vi: { contains: [`phê duyệt của ${AGENCY_FROM_2025} ngày 15/08/2025`] },
    },
    {
      name: 'completed national project with no document of the agency: names the agency as on 2023-12-28',
      dossier: exampleWith((d) => withoutParties(d, 'ministry-agency')),
      status: 'fail',
      vi: `Đề án khuyến công quốc gia ở giai đoạn "đã hoàn thành" nhưng chưa có văn bản phê duyệt hoặc thẩm định của ${AGENCY_2017_2025} (Bộ Công Thương).`,
      en: `This national project is at the "completed" stage but has no approval or appraisal by ${AGENCY_2017_2025} (Ministry of Industry and Trade).`,
      remediation: [AGENCY_2017_2025, 'ministry-agency'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'the agency only endorsed the project (neither approval nor appraisal)',
      dossier: exampleWith((d) => {
        d.engagements[0].type = 'endorsement';
      }),
      status: 'fail',
      vi: { contains: ['chưa có văn bản phê duyệt hoặc thẩm định của', AGENCY_2017_2025] },
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'approved in 2025-08 with no agency document: names the agency by its 2025 name',
      dossier: approvedAugust2025((d) => withoutParties(d, 'ministry-agency')),
      options: AFTER_REFORM,
      status: 'fail',
      vi: `Đề án khuyến công quốc gia ở giai đoạn "đã phê duyệt" nhưng chưa có văn bản phê duyệt hoặc thẩm định của ${AGENCY_FROM_2025} (Bộ Công Thương).`,
      en: { contains: [`the "approved" stage but has no approval or appraisal by ${AGENCY_FROM_2025}`] },
      remediation: [AGENCY_FROM_2025],
    },
    {
      name: 'judged under the law of 2016 (referenceDate option): names the agency as it was then',
      dossier: exampleWith((d) => withoutParties(d, 'ministry-agency')),
      options: { referenceDate: '2016-06-01' },
      status: 'fail',
      vi: { contains: [`thẩm định của ${AGENCY_UNTIL_2017} (Bộ Công Thương)`], excludes: [AGENCY_2017_2025] },
    },
    {
      name: 'reference date 2025-02-28, the last day of the old name',
      dossier: exampleWith((d) => withoutParties(d, 'ministry-agency')),
      options: { referenceDate: '2025-02-28' },
      status: 'fail',
      vi: { contains: [`của ${AGENCY_2017_2025} (Bộ Công Thương)`] },
    },
    {
      name: 'reference date 2025-03-01, the first day of the new name',
      dossier: exampleWith((d) => withoutParties(d, 'ministry-agency')),
      options: { referenceDate: '2025-03-01' },
      status: 'fail',
      vi: { contains: [`của ${AGENCY_FROM_2025} (Bộ Công Thương)`] },
    },
    {
      name: 'a local project',
      dossier: localProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: chỉ đề án khuyến công quốc gia đã qua giai đoạn đề xuất mới cần văn bản của Bộ (đề án này: khuyến công địa phương, giai đoạn "đã hoàn thành").',
      en: { contains: ['this one: local industrial promotion, stage "completed"'] },
      evidence: [{ path: 'scope', value: 'local' }],
    },
    {
      name: 'a national proposal-stage draft (no stage given)',
      dossier: proposalDraft(),
      status: 'not-applicable',
      vi: { contains: ['đề án này: khuyến công quốc gia, giai đoạn "đề xuất"'] },
      en: { contains: ['stage "proposal"'] },
      evidence: [
        { path: 'scope', value: 'national' },
        { path: '@stage', value: 'proposal' },
      ],
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and not-applicable', () => expectTableCovers(RULE, cases));
});

describe('L1-provincial-leadership', () => {
  const RULE = 'L1-provincial-leadership';
  const cases: RuleCase[] = [
    {
      name: "the example: the Provincial People's Committee endorsed the project",
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Lãnh đạo tỉnh đã vào cuộc: đề nghị, ủng hộ của UBND tỉnh Thái Bình ngày 25/05/2023.',
      en: 'The provincial leadership is involved: endorsement by UBND tỉnh Thái Bình on 25 May 2023.',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'provincial-peoples-committee', path: 'engagements[2]' })] }],
    },
    {
      name: 'a direction of the Provincial Party Committee instead',
      dossier: exampleWith((d) => {
        withoutParties(d, 'provincial-peoples-committee');
        d.engagements.push({
          party: 'provincial-party-committee',
          name: 'Tỉnh ủy Thái Bình',
          type: 'direction',
          reference: 'Thông báo kết luận số 215-TB/TU',
          date: '2023-06-10',
        });
      }),
      status: 'pass',
      vi: 'Lãnh đạo tỉnh đã vào cuộc: chỉ đạo của Tỉnh ủy Thái Bình ngày 10/06/2023.',
    },
    {
      name: 'no document of the province: names the province',
      dossier: exampleWith((d) => withoutParties(d, 'provincial-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có văn bản nào của UBND tỉnh hoặc Tỉnh ủy Thái Bình về đề án (đề nghị, ủng hộ hay chỉ đạo).',
      en: "There is no document of the Provincial People's Committee or Party Committee of Thái Bình on the project (endorsement or direction).",
      remediation: ['provincial-peoples-committee'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'no document of the province and no province given',
      dossier: exampleWith((d) => {
        withoutParties(d, 'provincial-peoples-committee');
        delete d.location.province;
      }),
      status: 'fail',
      vi: 'Chưa có văn bản nào của UBND tỉnh hoặc Tỉnh ủy về đề án (đề nghị, ủng hộ hay chỉ đạo).',
      en: { excludes: ['(not given)', ' of  '] },
    },
    {
      name: 'an endorsement by another department does not count',
      dossier: exampleWith((d) => {
        withoutParties(d, 'provincial-peoples-committee');
        d.engagements.push({ party: 'other-department', name: 'Sở Nông nghiệp và PTNT Thái Bình', type: 'endorsement' });
      }),
      status: 'fail',
      vi: { contains: ['Chưa có văn bản nào của UBND tỉnh hoặc Tỉnh ủy'] },
    },
    {
      // legal-timeline.md: "A dossier dated in Thái Bình after 2025-07-01 belongs to Hưng Yên province."
      name: 'approved 2025-08 in (former) Thái Bình: the province on the reference date is Hưng Yên',
      dossier: approvedAugust2025((d) => withoutParties(d, 'provincial-peoples-committee')),
      options: AFTER_REFORM,
      status: 'fail',
      vi: { contains: ['Hưng Yên'], excludes: ['Tỉnh ủy Thái Bình'] },
      en: { contains: ['Hưng Yên'] },
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass and fail', () => expectTableCovers(RULE, cases));
});

describe('L1-local-authority', () => {
  const RULE = 'L1-local-authority';
  const cases: RuleCase[] = [
    {
      name: 'the example (2023): both the commune and the district People’s Committee coordinate',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Chính quyền nơi thực hiện đã phối hợp: UBND xã Thái Phương; UBND huyện Hưng Hà.',
      en: 'The local authorities coordinate: UBND xã Thái Phương; UBND huyện Hưng Hà.',
      evidence: [
        { path: '@districtLevelInForce', value: true },
        { path: '@engagementsBy', value: [expect.objectContaining({ party: 'commune-peoples-committee', name: 'UBND xã Thái Phương' })] },
      ],
    },
    {
      name: 'approved 2025-08: the district level no longer exists, the commune alone is enough',
      dossier: approvedAugust2025(),
      options: AFTER_REFORM,
      status: 'pass',
      vi: 'Chính quyền nơi thực hiện đã phối hợp: UBND xã Thái Phương.',
      en: 'The local authorities coordinate: UBND xã Thái Phương.',
      evidence: [{ path: '@districtLevelInForce', value: false }],
    },
    {
      name: 'approved on 2025-07-01, the first day of two-level government: the commune alone is enough',
      dossier: approvedAugust2025((d) => {
        d.approvedOn = '2025-07-01';
      }),
      options: AFTER_REFORM,
      status: 'pass',
      evidence: [{ path: '@districtLevelInForce', value: false }],
    },
    {
      name: 'a participation (not an agreement) of the commune counts',
      dossier: approvedAugust2025((d) => {
        for (const e of d.engagements) if (e.party === 'commune-peoples-committee') e.type = 'participation';
      }),
      options: AFTER_REFORM,
      status: 'pass',
    },
    {
      name: 'approved on 2025-06-30, the last day of the district level: the district is still needed',
      dossier: approvedAugust2025((d) => {
        d.approvedOn = '2025-06-30';
        d.location.district = 'Hưng Hà';
      }),
      options: AFTER_REFORM,
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp huyện (Hưng Hà), là cấp chính quyền còn tồn tại vào ngày tham chiếu 30/06/2025.',
      evidence: [{ path: '@districtLevelInForce', value: true }],
    },
    {
      name: '2023 project without the district People’s Committee',
      dossier: exampleWith((d) => withoutParties(d, 'district-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp huyện (Hưng Hà), là cấp chính quyền còn tồn tại vào ngày tham chiếu 28/12/2023.',
      en: "There is no coordination agreement or participation of the district People's Committee (Hưng Hà), a level of government that still exists on the reference date 28 Dec 2023.",
      remediation: ['"commune-peoples-committee"', '"district-peoples-committee"'],
      evidence: [{ path: '@districtLevelInForce', value: true }],
    },
    {
      name: '2023 project without the commune People’s Committee',
      dossier: exampleWith((d) => withoutParties(d, 'commune-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp xã nơi thực hiện (Thái Phương).',
      en: "There is no coordination agreement or participation of the commune-level People's Committee where the project runs (Thái Phương).",
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: '2023 project with neither',
      dossier: exampleWith((d) => withoutParties(d, 'commune-peoples-committee', 'district-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp xã nơi thực hiện (Thái Phương) và của UBND cấp huyện (Hưng Hà), là cấp chính quyền còn tồn tại vào ngày tham chiếu 28/12/2023.',
      en: { contains: ['(Thái Phương) nor of the district People\'s Committee (Hưng Hà)'] },
    },
    {
      name: 'approved 2025-08 without the commune: the message does not ask for the abolished district',
      dossier: approvedAugust2025((d) => withoutParties(d, 'commune-peoples-committee')),
      options: AFTER_REFORM,
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp xã nơi thực hiện (Thái Phương).',
      en: { excludes: ['district'] },
      check: ({ vi, en }) => {
        expect(vi.remediation).not.toContain('district-peoples-committee');
        expect(en.remediation).not.toContain('district-peoples-committee');
      },
    },
    {
      name: 'the commune only endorsed the project (no agreement, no participation)',
      dossier: approvedAugust2025((d) => {
        for (const e of d.engagements) if (e.party === 'commune-peoples-committee') e.type = 'endorsement';
      }),
      options: AFTER_REFORM,
      status: 'fail',
      vi: { contains: ['UBND cấp xã nơi thực hiện (Thái Phương)'] },
    },
    {
      name: 'no commune agreement and no commune named: the message does not print a placeholder',
      dossier: approvedAugust2025((d) => {
        withoutParties(d, 'commune-peoples-committee');
        delete d.location.commune;
      }),
      options: AFTER_REFORM,
      status: 'fail',
      vi: { contains: ['UBND cấp xã nơi thực hiện'], excludes: ['(chưa có)', '(('] },
      en: { excludes: ['(not given)', '(('] },
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass and fail', () => expectTableCovers(RULE, cases));

  it('evidence shows both engagement lookups, the district one included', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'example', dossier: exampleDossier(), status: 'pass' });
    const looked = vi.evidence.flatMap((item) => (Array.isArray(item.value) ? (item.value as unknown[]) : []));
    expect(looked).toContainEqual(expect.objectContaining({ party: 'commune-peoples-committee', path: 'engagements[4]' }));
    expect(looked).toContainEqual(expect.objectContaining({ party: 'district-peoples-committee', path: 'engagements[3]' }));
  });
});
