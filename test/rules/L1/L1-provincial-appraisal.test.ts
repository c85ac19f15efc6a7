import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025, localProject, proposalDraft, withoutParties } from '../../support/scenarios.js';
import { AFTER_REFORM } from '../../support/scenarios-l1.js';

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
    {
      name: 'completed project that lists no engagements: cannot tell whether the Department appraised it',
      dossier: exampleWith((d) => {
        delete d.engagements;
      }),
      status: 'incomplete',
      missing: ['engagements'],
      vi: 'Chưa xác định được Sở Công Thương đã thẩm định hoặc phê duyệt đề án chưa: hồ sơ chưa ghi engagements (các văn bản thẩm định, phê duyệt và cơ quan ban hành).',
      en: { contains: ['Cannot tell whether the Department of Industry and Trade has appraised or approved the project'] },
    },
    {
      name: 'an appraisal without its party: it may be the Department’s',
      dossier: exampleWith((d) => {
        delete d.engagements[1].party;
      }),
      status: 'incomplete',
      missing: ['engagements[1].party'],
      vi: { contains: ['engagements[1].party (Sở Công Thương Thái Bình)'] },
    },
  ];

  runRuleTable(RULE, cases);
});
