import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025, localProject, proposalDraft, withoutParties } from '../../support/scenarios.js';
import { AFTER_REFORM } from '../../support/scenarios-l1.js';

const AGENCY_2017_2025 = 'Cục Công Thương địa phương';

const AGENCY_FROM_2025 = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';

const AGENCY_UNTIL_2017 = 'Cục Công nghiệp địa phương';

describe('L1-ministry-agency', () => {
  const RULE = 'L1-ministry-agency';
  const cases: RuleCase[] = [
    {
      name: 'the example: approved by the Ministry agency on 2023-12-28',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Có văn bản của Bộ Công Thương về đề án: phê duyệt của ${AGENCY_2017_2025} ngày 28/12/2023 (QĐ phê duyệt đề án khuyến công quốc gia năm 2024).`,
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
      name: 'approved by the Minister (Quyết định 4768/QĐ-BCT): issued only after the agency appraised it',
      dossier: exampleWith((d) => {
        d.engagements[0] = { party: 'ministry', name: 'Bộ trưởng Bộ Công Thương', type: 'approval', date: '2017-12-22', reference: 'QĐ 4768/QĐ-BCT' };
      }),
      status: 'pass',
      en: 'The Ministry has acted on the project: approval by Bộ trưởng Bộ Công Thương on 22 Dec 2017 (QĐ 4768/QĐ-BCT).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'ministry', type: 'approval', path: 'engagements[0]' })] }],
    },
    {
      name: 'the Minister only endorsed it: not an approval',
      dossier: exampleWith((d) => {
        d.engagements[0] = { party: 'ministry', name: 'Bộ trưởng Bộ Công Thương', type: 'endorsement', date: '2017-12-22' };
      }),
      status: 'fail',
      en: { contains: ['nor an approval by the Minister'] },
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
      vi: `Đề án khuyến công quốc gia ở giai đoạn "đã hoàn thành" nhưng chưa có văn bản phê duyệt hoặc thẩm định của ${AGENCY_2017_2025} (Bộ Công Thương), cũng không có quyết định phê duyệt của Bộ trưởng Bộ Công Thương.`,
      en: `This national project is at the "completed" stage but has no approval or appraisal by ${AGENCY_2017_2025} (Ministry of Industry and Trade), nor an approval by the Minister.`,
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
      vi: `Đề án khuyến công quốc gia ở giai đoạn "đã phê duyệt" nhưng chưa có văn bản phê duyệt hoặc thẩm định của ${AGENCY_FROM_2025} (Bộ Công Thương), cũng không có quyết định phê duyệt của Bộ trưởng Bộ Công Thương.`,
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
    {
      name: 'completed national project that lists no engagements: cannot tell whether the agency approved it',
      dossier: exampleWith((d) => {
        delete d.engagements;
      }),
      status: 'incomplete',
      missing: ['engagements'],
      vi: `Chưa xác định được ${AGENCY_2017_2025} (Bộ Công Thương) đã phê duyệt hoặc thẩm định đề án chưa: hồ sơ chưa ghi engagements (các văn bản phê duyệt, thẩm định và cơ quan ban hành).`,
      en: { contains: [`Cannot tell whether ${AGENCY_2017_2025} (Ministry of Industry and Trade) has approved or appraised`] },
    },
    {
      name: 'the agency’s document does not say whether it is an approval (no type)',
      dossier: exampleWith((d) => {
        delete d.engagements[0].type;
      }),
      status: 'incomplete',
      missing: ['engagements[0].type'],
    },
  ];

  runRuleTable(RULE, cases);
});
