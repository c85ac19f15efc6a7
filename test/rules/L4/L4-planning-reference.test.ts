import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';
import { CRAFT_VILLAGE_PLAN, PROVINCIAL_PLAN } from '../../support/scenarios-l4.js';

describe('L4-planning-reference', () => {
  const RULE = 'L4-planning-reference';
  const cases: RuleCase[] = [
    {
      name: 'the example cites the provincial plan',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Đề án có căn cứ quy hoạch: ${PROVINCIAL_PLAN}.`,
      en: `The project rests on a provincial or industrial plan: ${PROVINCIAL_PLAN}.`,
      evidence: [
        {
          path: '@citedPlansMatching',
          value: [expect.objectContaining({ kind: 'provincial-planning', label: PROVINCIAL_PLAN, path: 'alignment.plans[0]' })],
        },
      ],
    },
    {
      name: 'an industrial development plan without a title is named by its place',
      dossier: exampleWith((d) => {
        d.alignment.plans = [{ kind: 'industrial-development-plan', sectorListed: true }];
      }),
      status: 'pass',
      vi: 'Đề án có căn cứ quy hoạch: alignment.plans[0].',
    },
    {
      name: 'only the craft-village plan and a district plan are cited',
      dossier: exampleWith((d) => {
        d.alignment.plans = [
          d.alignment.plans[1],
          { kind: 'district-plan', reference: 'Quy hoạch xây dựng vùng huyện Hưng Hà đến năm 2030', sectorListed: true },
        ];
      }),
      status: 'fail',
      vi: `Đề án chưa viện dẫn quy hoạch tỉnh hay kế hoạch phát triển công nghiệp nào; các văn bản đã viện dẫn: ${CRAFT_VILLAGE_PLAN}; Quy hoạch xây dựng vùng huyện Hưng Hà đến năm 2030.`,
      en: `The project cites no provincial plan or industrial development plan; the plans it cites are: ${CRAFT_VILLAGE_PLAN}; Quy hoạch xây dựng vùng huyện Hưng Hà đến năm 2030.`,
      remediation: ['provincial-planning', 'industrial-development-plan'],
      evidence: [{ path: '@citedPlansMatching', value: [] }],
    },
    {
      name: 'the plans list is empty',
      dossier: exampleWith((d) => {
        d.alignment.plans = [];
      }),
      status: 'fail',
      vi: 'Đề án chưa viện dẫn quy hoạch, kế hoạch nào (alignment.plans để trống), trong khi cần có quy hoạch tỉnh hoặc kế hoạch phát triển công nghiệp.',
      en: 'The project cites no plan at all (alignment.plans is empty), yet it needs the provincial plan or an industrial development plan.',
    },
    {
      name: 'a draft with no alignment section',
      dossier: proposalDraft((d) => {
        delete d.alignment;
      }),
      status: 'incomplete',
      missing: ['alignment.plans'],
      vi: 'Chưa xác định được đề án có căn cứ quy hoạch tỉnh hay kế hoạch phát triển công nghiệp không: hồ sơ chưa ghi alignment.plans (danh sách văn bản viện dẫn alignment.plans; với từng văn bản, loại văn bản kind).',
      en: 'Cannot tell whether the project rests on the provincial plan or an industrial development plan: the dossier does not give alignment.plans (the plans cited, alignment.plans; for each, its kind).',
    },
    {
      name: 'a cited plan of unstated kind may be the provincial plan',
      dossier: exampleWith((d) => {
        d.alignment.plans = [{ reference: 'Quyết định số 1568/QĐ-TTg ngày 13/12/2023', sectorListed: true }];
      }),
      status: 'incomplete',
      missing: ['alignment.plans[0].kind'],
      vi: { contains: ['chưa có văn bản nào được ghi là thuộc hai loại đó, và hồ sơ chưa ghi alignment.plans[0].kind (Quyết định số 1568/QĐ-TTg ngày 13/12/2023)'] },
    },
  ];

  runRuleTable(RULE, cases);
});
