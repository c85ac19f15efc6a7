import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { digitalTransformationProject, proposalDraft } from '../../support/scenarios.js';
import { BEFORE_COVERAGE, approvedBeforeCoverage } from '../../support/scenarios-place.js';

const AFTER_DECREE_235 = { asOf: '2025-10-20' };

describe('L4-eligible-content', () => {
  const RULE = 'L4-eligible-content';
  const cases: RuleCase[] = [
    {
      name: 'the example: advanced equipment, allowed on 2023-12-28',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Nội dung "ứng dụng máy móc thiết bị tiên tiến" là hoạt động khuyến công được phép vào ngày tham chiếu 28/12/2023.',
      en: 'The content "advanced machinery and equipment" is an industrial-promotion activity allowed on the reference date 28 Dec 2023.',
      evidence: [
        { path: 'contentType', value: 'advanced-equipment' },
        { path: '@contentTypesInForce', value: expect.arrayContaining(['advanced-equipment']) },
      ],
    },
    {
      name: 'digital transformation approved on 2025-10-15, the day Nghị định 235/2025 takes effect',
      dossier: digitalTransformationProject('2025-10-15'),
      options: AFTER_DECREE_235,
      status: 'pass',
      vi: 'Nội dung "chuyển đổi số" là hoạt động khuyến công được phép vào ngày tham chiếu 15/10/2025.',
      en: { contains: ['"digital transformation" is an industrial-promotion activity allowed on the reference date 15 Oct 2025'] },
      evidence: [{ path: '@contentTypesInForce', value: expect.arrayContaining(['digital-transformation', 'sustainable-production']) }],
    },
    {
      name: 'digital transformation approved 2025-10-14 but judged under the law of 2025-10-15 (referenceDate option)',
      dossier: digitalTransformationProject('2025-10-14'),
      options: { ...AFTER_DECREE_235, referenceDate: '2025-10-15' },
      status: 'pass',
      vi: { contains: ['ngày tham chiếu 15/10/2025'] },
    },
    {
      name: 'digital transformation approved on 2025-10-14, the day before the decree takes effect',
      dossier: digitalTransformationProject('2025-10-14'),
      options: AFTER_DECREE_235,
      status: 'fail',
      vi: 'Nội dung "chuyển đổi số" chưa là hoạt động khuyến công được phép vào ngày tham chiếu 14/10/2025.',
      en: 'The content "digital transformation" is not an industrial-promotion activity allowed on the reference date 14 Oct 2025.',
      remediation: ['Nghị định 235/2025/NĐ-CP'],
      evidence: [
        { path: 'contentType', value: 'digital-transformation' },
        { path: '@contentTypesInForce', value: expect.not.arrayContaining(['digital-transformation']) },
      ],
    },
    {
      name: 'sustainable production in a 2023 dossier',
      dossier: exampleWith((d) => {
        d.contentType = 'sustainable-production';
      }),
      status: 'fail',
      vi: 'Nội dung "sản xuất và tiêu dùng bền vững" chưa là hoạt động khuyến công được phép vào ngày tham chiếu 28/12/2023.',
    },
    {
      name: 'a draft that does not state its content type',
      dossier: proposalDraft((d) => {
        delete d.contentType;
      }),
      status: 'incomplete',
      missing: ['contentType'],
      vi: 'Hồ sơ chưa ghi nội dung hoạt động khuyến công của đề án (contentType).',
      en: "The dossier does not state the project's industrial-promotion content (contentType).",
    },
    {
      name: 'a training dossier of 2012-03, before the legal data begins: not applicable, never "training is not allowed"',
      dossier: approvedBeforeCoverage((d) => (d.contentType = 'vocational-training')),
      options: BEFORE_COVERAGE,
      status: 'not-applicable',
      vi: 'Không áp dụng: ngày tham chiếu 20/03/2012 trước ngày bảng dữ liệu pháp lý bắt đầu (05/07/2012); các nội dung khuyến công của văn bản trước đó (Nghị định 134/2004/NĐ-CP) chưa được đưa vào bảng, nên chưa đối chiếu được.',
      en: { contains: ['before the legal data begins (5 Jul 2012)'], excludes: ['is not an industrial-promotion activity'] },
      evidence: [{ path: '@withinLegalCoverage', value: false }],
    },
  ];

  runRuleTable(RULE, cases);

  it('a draft with no dates is judged by the law on asOf', async () => {
    const dossier = digitalTransformationProject('2025-10-15', (d) => {
      delete d.approvedOn;
      delete d.submittedOn;
      delete d.period;
    });
    const before = await runRuleCase(RULE, { name: 'before', dossier, options: { asOf: '2025-10-14' }, status: 'fail' });
    expect(before.vi.message).toContain('14/10/2025');
    await runRuleCase(RULE, { name: 'on', dossier, options: { asOf: '2025-10-15' }, status: 'pass' });
  });
});
