import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { RULE_FILES, runRuleCase, runRuleTable, type RuleCase } from '../support/rule-cases.js';
import { approvedAugust2025, digitalTransformationProject, localProject, proposalDraft, vocationalTrainingProject, withoutParties } from '../support/scenarios.js';
import { cleanerProductionProject, threeBeneficiariesProject, tradeFairProject } from '../support/scenarios-l1.js';

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

  runRuleTable(RULE, cases);
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

  runRuleTable(RULE, cases);
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

  runRuleTable(RULE, cases);

  it('evidence shows both engagement lookups, the district one included', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'example', dossier: exampleDossier(), status: 'pass' });
    const looked = vi.evidence.flatMap((item) => (Array.isArray(item.value) ? (item.value as unknown[]) : []));
    expect(looked).toContainEqual(expect.objectContaining({ party: 'commune-peoples-committee', path: 'engagements[4]' }));
    expect(looked).toContainEqual(expect.objectContaining({ party: 'district-peoples-committee', path: 'engagements[3]' }));
  });
});

describe('L1-provincial-appraisal', () => {
  const RULE = 'L1-provincial-appraisal';
  const cases: RuleCase[] = [
    {
      name: 'the example: appraised by the Department on 2023-05-30',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Sở Công Thương đã thẩm định hoặc phê duyệt đề án: thẩm định của Sở Công Thương Thái Bình ngày 30/05/2023 (Biên bản thẩm định).',
      en: 'The Department of Industry and Trade has appraised or approved the project: appraisal by Sở Công Thương Thái Bình on 30 May 2023 (Biên bản thẩm định).',
      evidence: [
        {
          path: '@engagementsBy',
          value: [expect.objectContaining({ party: 'department-of-industry-and-trade', type: 'appraisal', date: '2023-05-30', path: 'engagements[1]' })],
        },
      ],
    },
    {
      name: 'a local project approved (not appraised) by the Department',
      dossier: localProject((d) => {
        for (const e of d.engagements) {
          if (e.party === 'department-of-industry-and-trade') {
            e.type = 'approval';
            e.reference = 'QĐ phê duyệt đề án khuyến công địa phương';
            e.date = '2023-12-22';
          }
        }
      }),
      status: 'pass',
      vi: 'Sở Công Thương đã thẩm định hoặc phê duyệt đề án: phê duyệt của Sở Công Thương Thái Bình ngày 22/12/2023 (QĐ phê duyệt đề án khuyến công địa phương).',
      en: { contains: ['approval by Sở Công Thương Thái Bình on 22 Dec 2023'] },
    },
    {
      name: 'approved 2025-08: appraised by the Department on 2025-06-10',
      dossier: approvedAugust2025(),
      options: AFTER_REFORM,
      status: 'pass',
      vi: { contains: ['thẩm định của Sở Công Thương Thái Bình ngày 10/06/2025'] },
    },
    {
      name: 'an appraisal recorded without a name, date or reference: named by its place in the dossier',
      dossier: exampleWith((d) => {
        withoutParties(d, 'department-of-industry-and-trade');
        d.engagements.push({ party: 'department-of-industry-and-trade', type: 'appraisal' });
      }),
      status: 'pass',
      vi: 'Sở Công Thương đã thẩm định hoặc phê duyệt đề án: thẩm định của engagements[7].',
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'completed national project with no document of the Department: names the province',
      dossier: exampleWith((d) => withoutParties(d, 'department-of-industry-and-trade')),
      status: 'fail',
      vi: 'Đề án khuyến công quốc gia ở giai đoạn "đã hoàn thành" nhưng chưa có biên bản thẩm định hoặc văn bản phê duyệt của Sở Công Thương Thái Bình.',
      en: 'This national industrial promotion project is at the "completed" stage but has no appraisal or approval by the Department of Industry and Trade of Thái Bình.',
      remediation: ['Sở Công Thương Thái Bình', '"department-of-industry-and-trade"', '"appraisal"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'the Department only endorsed the project: the message says what is on file',
      dossier: exampleWith((d) => {
        for (const e of d.engagements) {
          if (e.party === 'department-of-industry-and-trade') {
            e.type = 'endorsement';
            e.reference = 'Công văn đề nghị';
            e.date = '2023-05-15';
          }
        }
      }),
      status: 'fail',
      vi: 'Đề án khuyến công quốc gia ở giai đoạn "đã hoàn thành" nhưng chưa có biên bản thẩm định hoặc văn bản phê duyệt của Sở Công Thương Thái Bình; hồ sơ mới ghi nhận văn bản đề nghị, ủng hộ của Sở Công Thương Thái Bình ngày 15/05/2023.',
      en: { contains: ['the dossier holds only: endorsement by Sở Công Thương Thái Bình on 15 May 2023.'] },
      evidence: [
        { path: '@engagementsBy', value: [expect.objectContaining({ type: 'endorsement', path: 'engagements[1]' })] },
        { path: '@engagementsBy', value: [] },
      ],
    },
    {
      name: 'an appraisal by another department does not count',
      dossier: exampleWith((d) => {
        withoutParties(d, 'department-of-industry-and-trade');
        d.engagements.push({ party: 'other-department', name: 'Sở Tài chính Thái Bình', type: 'appraisal', date: '2023-06-02' });
      }),
      status: 'fail',
      vi: { contains: ['chưa có biên bản thẩm định hoặc văn bản phê duyệt của Sở Công Thương Thái Bình.'], excludes: ['Sở Tài chính'] },
    },
    {
      // legal-timeline.md: "A dossier dated in Thái Bình after 2025-07-01 belongs to Hưng Yên province."
      name: 'approved 2025-08 in (former) Thái Bình without the Department: the province is Hưng Yên',
      dossier: approvedAugust2025((d) => withoutParties(d, 'department-of-industry-and-trade')),
      options: AFTER_REFORM,
      status: 'fail',
      vi: 'Đề án khuyến công quốc gia ở giai đoạn "đã phê duyệt" nhưng chưa có biên bản thẩm định hoặc văn bản phê duyệt của Sở Công Thương Hưng Yên (tỉnh Thái Bình cũ đã sáp nhập).',
      en: { contains: ['the Department of Industry and Trade of Hưng Yên (into which the former Thái Bình province was merged).'] },
      remediation: ['Sở Công Thương Hưng Yên'],
    },
    {
      name: 'no Department document, no province and no scope given: no placeholder in the sentence',
      dossier: exampleWith((d) => {
        withoutParties(d, 'department-of-industry-and-trade');
        delete d.location.province;
        delete d.scope;
      }),
      status: 'fail',
      vi: 'Đề án ở giai đoạn "đã hoàn thành" nhưng chưa có biên bản thẩm định hoặc văn bản phê duyệt của Sở Công Thương.',
      en: { excludes: ['(not given)', ' of .'] },
      check: ({ vi }) => expect(vi.remediation).not.toContain('(chưa có)'),
    },
    {
      name: 'a proposal-stage draft (no stage given)',
      dossier: proposalDraft(),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án đang ở giai đoạn "đề xuất", chưa đến bước thẩm định của Sở Công Thương.',
      en: 'Not applicable: the project is at the "proposal" stage, before the Department of Industry and Trade\'s appraisal.',
      evidence: [{ path: '@stage', value: 'proposal' }],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L1-knowledge-partners', () => {
  const RULE = 'L1-knowledge-partners';
  const cases: RuleCase[] = [
    {
      name: 'the example (advanced machinery): the provincial vocational college takes part',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án có 1 đơn vị đào tạo, nghiên cứu tham gia: Trường Cao đẳng nghề Thái Bình (trường cao đẳng, tham gia ngày 05/03/2024).',
      en: '1 knowledge partner takes part in the project: Trường Cao đẳng nghề Thái Bình (college, participation on 5 Mar 2024).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'college', path: 'engagements[5]' })] }],
    },
    {
      name: 'cleaner production with a research institute',
      dossier: cleanerProductionProject(),
      status: 'pass',
      vi: 'Đề án có 1 đơn vị đào tạo, nghiên cứu tham gia: Viện Công nghệ môi trường (viện nghiên cứu, thỏa thuận phối hợp ngày 26/02/2024).',
    },
    {
      name: 'vocational training with a college and a university',
      dossier: vocationalTrainingProject((d) => {
        d.engagements.push({ party: 'university', name: 'Trường Đại học Thái Bình', type: 'participation', date: '2024-03-10' });
      }),
      status: 'pass',
      vi: 'Đề án có 2 đơn vị đào tạo, nghiên cứu tham gia: Trường Cao đẳng nghề Thái Bình (trường cao đẳng, tham gia ngày 05/03/2024); Trường Đại học Thái Bình (trường đại học, tham gia ngày 10/03/2024).',
      en: { contains: ['2 knowledge partners take part in the project'] },
    },
    {
      name: 'a central department with no type or date recorded',
      dossier: exampleWith((d) => {
        withoutParties(d, 'college');
        d.engagements.push({ party: 'central-department', name: 'Vụ Khoa học và Công nghệ, Bộ Công Thương' });
      }),
      status: 'pass',
      vi: 'Đề án có 1 đơn vị đào tạo, nghiên cứu tham gia: Vụ Khoa học và Công nghệ, Bộ Công Thương (cục, vụ Trung ương).',
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'the example without the college',
      dossier: exampleWith((d) => withoutParties(d, 'college')),
      status: 'fail',
      vi: 'Đề án ứng dụng máy móc thiết bị tiên tiến chưa có trường đại học, cao đẳng, viện nghiên cứu hay cục, vụ Trung ương nào tham gia (trong 7 bên tham gia đã ghi trong hồ sơ).',
      en: 'This advanced machinery and equipment project has no university, college, research institute or central department taking part (among the 7 engagements recorded).',
      remediation: ['"university"', '"college"', '"research-institute"', '"central-department"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'a digital-transformation project (2025-11) without a knowledge partner',
      dossier: digitalTransformationProject('2025-11-20', (d) => withoutParties(d, 'college')),
      options: { asOf: '2025-12-01' },
      status: 'fail',
      vi: { contains: ['Đề án chuyển đổi số chưa có trường đại học'] },
      en: { contains: ['This digital transformation project has no university'] },
    },
    {
      name: 'a vocational-training draft with no engagements at all',
      dossier: vocationalTrainingProject((d) => {
        d.engagements = [];
      }),
      status: 'fail',
      vi: 'Đề án đào tạo nghề, truyền nghề chưa có trường đại học, cao đẳng, viện nghiên cứu hay cục, vụ Trung ương nào tham gia.',
      en: 'This vocational training project has no university, college, research institute or central department taking part.',
    },
    {
      name: 'a trade-fair project',
      dossier: tradeFairProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: nội dung "hội chợ, triển lãm" không thuộc nhóm cần đối tác chuyên môn (đào tạo nghề, mô hình trình diễn kỹ thuật, máy móc thiết bị tiên tiến, sản xuất sạch hơn, chuyển đổi số).',
      en: { contains: ['the content "trade fairs and exhibitions" is not one that calls for a knowledge partner'] },
      evidence: [{ path: 'contentType', value: 'trade-fair' }],
    },
    {
      name: 'no content type stated',
      dossier: exampleWith((d) => {
        delete d.contentType;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa ghi nội dung của đề án (contentType).',
      en: "Not applicable: the dossier does not state the project's content (contentType).",
      evidence: [{ path: 'contentType', value: null }],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L1-mass-organisations', () => {
  const RULE = 'L1-mass-organisations';
  const cases: RuleCase[] = [
    {
      name: "the example: the commune Women's Union takes part",
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Có 1 tổ chức đoàn thể, hiệp hội tham gia đề án: Hội Liên hiệp Phụ nữ xã Thái Phương (tổ chức chính trị - xã hội, tham gia ngày 20/02/2024).',
      en: '1 mass organisation or association takes part in the project: Hội Liên hiệp Phụ nữ xã Thái Phương (mass organisation, participation on 20 Feb 2024).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'mass-organisation', path: 'engagements[6]' })] }],
    },
    {
      name: 'an industry association instead',
      dossier: exampleWith((d) => {
        withoutParties(d, 'mass-organisation');
        d.engagements.push({
          party: 'industry-association',
          name: 'Hội Làng nghề tỉnh Thái Bình',
          type: 'coordination-agreement',
          date: '2024-02-22',
        });
      }),
      status: 'pass',
      vi: 'Có 1 tổ chức đoàn thể, hiệp hội tham gia đề án: Hội Làng nghề tỉnh Thái Bình (hiệp hội ngành nghề, thỏa thuận phối hợp ngày 22/02/2024).',
    },
    {
      name: "both the Women's Union and the Farmers' Union",
      dossier: exampleWith((d) => {
        d.engagements.push({ party: 'mass-organisation', name: 'Hội Nông dân xã Thái Phương', type: 'participation', date: '2024-02-20' });
      }),
      status: 'pass',
      en: { contains: ['2 mass organisations or associations take part in the project', 'Hội Nông dân xã Thái Phương'] },
    },
    {
      name: 'the example without the mass organisation',
      dossier: exampleWith((d) => withoutParties(d, 'mass-organisation')),
      status: 'fail',
      vi: 'Chưa có tổ chức chính trị - xã hội hay hiệp hội ngành nghề nào tham gia đề án (trong 7 bên tham gia đã ghi trong hồ sơ).',
      en: 'No mass organisation or industry association takes part in the project (among the 7 engagements recorded).',
      remediation: ['"mass-organisation"', '"industry-association"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'a draft with a single engagement (English singular)',
      dossier: exampleWith((d) => {
        d.engagements = d.engagements.filter((e: { party: string }) => e.party === 'provincial-peoples-committee');
      }),
      status: 'fail',
      en: { contains: ['(among the 1 engagement recorded)'] },
    },
    {
      name: 'no engagements listed at all',
      dossier: exampleWith((d) => {
        delete d.engagements;
      }),
      status: 'fail',
      vi: 'Chưa có tổ chức chính trị - xã hội hay hiệp hội ngành nghề nào tham gia đề án.',
      en: 'No mass organisation or industry association takes part in the project.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L1-beneficiary-request', () => {
  const RULE = 'L1-beneficiary-request';
  const cases: RuleCase[] = [
    {
      name: 'the example: the cooperative asked on 2023-04-20, before submission on 2023-05-12',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Mọi cơ sở thụ hưởng đều có đơn đề nghị hỗ trợ, ghi ngày không muộn hơn ngày nộp hồ sơ 12/05/2023: Hợp tác xã bánh cáy Thái Phương (đơn ngày 20/04/2023).',
      en: "Every beneficiary has a request letter dated no later than the dossier's submission on 12 May 2023: Hợp tác xã bánh cáy Thái Phương (letter of 20 Apr 2023).",
      evidence: [
        {
          path: '@beneficiaryRequestLetters',
          value: [expect.objectContaining({ id: 'HTX-THAIPHUONG', requestLetterOn: '2023-04-20', path: 'beneficiaries[0].requestLetterOn' })],
        },
        { path: '@beneficiaryRequestsMissingOrLate', value: [] },
      ],
    },
    {
      name: 'three establishments, the last letter dated the day of submission',
      dossier: threeBeneficiariesProject(),
      status: 'pass',
      vi: 'Mọi cơ sở thụ hưởng đều có đơn đề nghị hỗ trợ, ghi ngày không muộn hơn ngày nộp hồ sơ 12/05/2023: Hợp tác xã bánh cáy Thái Phương (đơn ngày 20/04/2023); Hộ kinh doanh Trần Văn Minh (đơn ngày 03/05/2023); Cơ sở bánh cáy Bà Lan (đơn ngày 12/05/2023).',
    },
    {
      name: 'no submission date: letters present, the message says they could not be checked against it',
      dossier: exampleWith((d) => {
        delete d.submittedOn;
      }),
      status: 'pass',
      vi: 'Mọi cơ sở thụ hưởng đều có đơn đề nghị hỗ trợ: Hợp tác xã bánh cáy Thái Phương (đơn ngày 20/04/2023). Hồ sơ chưa ghi ngày nộp (submittedOn) nên chưa đối chiếu được ngày đơn với ngày nộp.',
      en: 'Every beneficiary has a request letter: Hợp tác xã bánh cáy Thái Phương (letter of 20 Apr 2023). The dossier gives no submission date (submittedOn), so the letters could not be checked against it.',
    },
    {
      name: 'one household business has no request letter',
      dossier: threeBeneficiariesProject((d) => {
        delete d.beneficiaries[1].requestLetterOn;
      }),
      status: 'fail',
      vi: 'Hộ kinh doanh Trần Văn Minh chưa có đơn đề nghị hỗ trợ (hồ sơ chưa ghi beneficiaries[1].requestLetterOn); mỗi cơ sở thụ hưởng phải có đơn đề nghị hỗ trợ của chính mình, ghi ngày không muộn hơn ngày nộp hồ sơ.',
      en: "Hộ kinh doanh Trần Văn Minh has no request letter (beneficiaries[1].requestLetterOn not given); every beneficiary needs its own request letter, dated no later than the dossier's submission.",
      remediation: ['Hộ kinh doanh Trần Văn Minh', 'beneficiaries[1].requestLetterOn'],
      evidence: [
        {
          path: '@beneficiaryRequestsMissingOrLate',
          value: [expect.objectContaining({ id: 'HKD-TRANMINH', letterMissing: true, afterSubmission: false, path: 'beneficiaries[1].requestLetterOn' })],
        },
      ],
    },
    {
      name: 'one letter dated 8 days after submission',
      dossier: threeBeneficiariesProject((d) => {
        d.beneficiaries[2].requestLetterOn = '2023-05-20';
      }),
      status: 'fail',
      vi: 'Cơ sở bánh cáy Bà Lan có đơn đề nghị hỗ trợ ghi ngày 20/05/2023, muộn 8 ngày so với ngày nộp hồ sơ 12/05/2023; mỗi cơ sở thụ hưởng phải có đơn đề nghị hỗ trợ của chính mình, ghi ngày không muộn hơn ngày nộp hồ sơ.',
      en: "Cơ sở bánh cáy Bà Lan has a request letter dated 20 May 2023, 8 days after the dossier was submitted on 12 May 2023; every beneficiary needs its own request letter, dated no later than the dossier's submission.",
      remediation: ['beneficiaries[2].requestLetterOn', 'submittedOn'],
      evidence: [
        {
          path: '@beneficiaryRequestsMissingOrLate',
          value: [expect.objectContaining({ afterSubmission: true, daysAfterSubmission: 8, submittedOn: '2023-05-12' })],
        },
      ],
    },
    {
      name: 'one letter missing and one dated the day after submission: both named, in dossier order',
      dossier: threeBeneficiariesProject((d) => {
        delete d.beneficiaries[0].requestLetterOn;
        d.beneficiaries[2].requestLetterOn = '2023-05-13';
      }),
      status: 'fail',
      vi: { contains: ['Hợp tác xã bánh cáy Thái Phương chưa có đơn đề nghị hỗ trợ (hồ sơ chưa ghi beneficiaries[0].requestLetterOn); Cơ sở bánh cáy Bà Lan có đơn đề nghị hỗ trợ ghi ngày 13/05/2023, muộn 1 ngày so với ngày nộp hồ sơ 12/05/2023;'], excludes: ['Trần Văn Minh'] },
      en: { contains: ['dated 13 May 2023, 1 day after the dossier was submitted on 12 May 2023'] },
      check: ({ vi }) => {
        expect(vi.remediation).toContain('Hợp tác xã bánh cáy Thái Phương: lấy đơn đề nghị hỗ trợ của cơ sở và ghi ngày đơn vào beneficiaries[0].requestLetterOn');
        expect(vi.remediation).toContain('Cơ sở bánh cáy Bà Lan: kiểm tra lại ngày đơn (beneficiaries[2].requestLetterOn)');
      },
    },
    {
      name: 'no submission date and a letter missing: no date placeholder in the sentence',
      dossier: threeBeneficiariesProject((d) => {
        delete d.submittedOn;
        delete d.beneficiaries[1].requestLetterOn;
      }),
      status: 'fail',
      vi: 'Hộ kinh doanh Trần Văn Minh chưa có đơn đề nghị hỗ trợ (hồ sơ chưa ghi beneficiaries[1].requestLetterOn); mỗi cơ sở thụ hưởng phải có đơn đề nghị hỗ trợ của chính mình.',
      en: { excludes: ['(not given)', 'submission'] },
    },
    {
      name: 'an unnamed beneficiary without a letter is named by its id',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].name;
        delete d.beneficiaries[0].requestLetterOn;
      }),
      status: 'fail',
      vi: { contains: ['HTX-THAIPHUONG chưa có đơn đề nghị hỗ trợ'] },
    },
    {
      name: 'a beneficiary with neither name nor id is named by its place in the dossier',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].name;
        delete d.beneficiaries[0].id;
        d.beneficiaries[0].requestLetterOn = '2023-06-01';
        delete d.coordinatingUnits[0].beneficiary;
      }),
      status: 'fail',
      vi: { contains: ['beneficiaries[0] có đơn đề nghị hỗ trợ ghi ngày 01/06/2023, muộn 20 ngày'] },
    },
    {
      name: 'no beneficiaries listed',
      dossier: exampleWith((d) => {
        d.beneficiaries = [];
        delete d.coordinatingUnits;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa kê khai cơ sở thụ hưởng nào.',
      en: 'Not applicable: the dossier lists no beneficiaries.',
      evidence: [{ path: '@beneficiaryCount', value: 0 }],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('the L1 rule set', () => {
  it('holds every rule of the catalogue for lesson 1, with its severity', () => {
    const l1 = RULE_FILES.find((file) => file.lesson === 'L1')!;
    expect(Object.fromEntries(l1.rules.map((rule) => [rule.id, rule.severity]))).toEqual({
      'L1-ministry-agency': 'critical',
      'L1-provincial-appraisal': 'critical',
      'L1-provincial-leadership': 'major',
      'L1-local-authority': 'major',
      'L1-knowledge-partners': 'minor',
      'L1-mass-organisations': 'minor',
      'L1-beneficiary-request': 'critical',
    });
  });

  it('cites the legal basis with its verified status as legal-timeline.md records it', () => {
    const l1 = RULE_FILES.find((file) => file.lesson === 'L1')!;
    const laws = Object.fromEntries(
      l1.rules.map((rule) => [rule.id, rule.references.filter((reference) => reference.kind === 'law').map(({ citation, verified }) => ({ citation, verified }))]),
    );
    expect(laws['L1-beneficiary-request']).toEqual([{ citation: expect.stringContaining('Thông tư 36/2013/TT-BCT, Điều 10'), verified: true }]);
    expect(laws['L1-provincial-appraisal']).toEqual([{ citation: expect.stringContaining('Thông tư 36/2013/TT-BCT, Điều 8'), verified: true }]);
    expect(laws['L1-knowledge-partners']).toEqual([]);
    expect(laws['L1-mass-organisations']).toEqual([]);
    for (const rule of l1.rules) expect(rule.references[0]).toMatchObject({ kind: 'lesson', citation: 'Bài học 1 (tỉnh Thái Bình)', verified: true });
  });

  it('writes no legal date into a rule: dated law comes from the legal data', () => {
    const text = JSON.stringify(RULE_FILES.find((file) => file.lesson === 'L1'));
    expect(text).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d\b/);
  });
});
