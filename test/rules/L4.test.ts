import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { expectTableCovers, runRuleCase, type RuleCase } from '../support/rule-cases.js';
import { digitalTransformationProject, proposalDraft } from '../support/scenarios.js';

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
      status: 'fail',
      missing: ['contentType'],
      vi: 'Hồ sơ chưa ghi nội dung hoạt động khuyến công của đề án (contentType).',
      en: "The dossier does not state the project's industrial-promotion content (contentType).",
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and missing data', () => expectTableCovers(RULE, cases));

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

describe('L4-no-double-funding', () => {
  const RULE = 'L4-no-double-funding';
  const COOPERATIVE = 'Hợp tác xã bánh cáy Thái Phương';
  const cases: RuleCase[] = [
    {
      name: 'the example: the cooperative declares no other State funding',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các cơ sở thụ hưởng (1) đều khai không nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung.',
      en: 'Every beneficiary (1 in all) declares no support from another State programme for the same content.',
      evidence: [{ path: '@doubleFundingRisks', value: [] }],
    },
    {
      name: 'the cooperative already receives other State funding',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
      }),
      status: 'fail',
      vi: `${COOPERATIVE} đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung.`,
      en: `${COOPERATIVE} already receives support from another State programme for the same content.`,
      remediation: ['Loại khỏi đề án cơ sở đã được Nhà nước hỗ trợ'],
      evidence: [
        {
          path: '@doubleFundingRisks',
          value: [expect.objectContaining({ id: 'HTX-THAIPHUONG', funded: true, declared: true, path: 'beneficiaries[0].otherStateFunding' })],
        },
      ],
    },
    {
      name: 'the cooperative has not declared other State funding',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].otherStateFunding;
      }),
      status: 'fail',
      vi: `${COOPERATIVE} chưa khai có nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung hay không.`,
      en: `${COOPERATIVE} has not declared whether it receives support from another State programme for the same content.`,
      evidence: [
        { path: '@doubleFundingRisks', value: [expect.objectContaining({ funded: false, declared: false, path: 'beneficiaries[0].otherStateFunding' })] },
      ],
    },
    {
      name: 'otherStateFunding null counts as undeclared',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = null;
      }),
      status: 'fail',
      vi: { contains: ['chưa khai có nhận hỗ trợ'] },
    },
    {
      name: 'three household businesses: one funded, one undeclared, one clean',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
        d.beneficiaries.push(
          { id: 'HKD-02', name: 'Hộ kinh doanh Nguyễn Văn Tám', kind: 'household-business', location: { commune: 'Thái Phương', area: 'rural' } },
          { id: 'HKD-03', name: 'Hộ kinh doanh Trần Thị Hoa', kind: 'household-business', otherStateFunding: false },
        );
      }),
      status: 'fail',
      vi: `${COOPERATIVE} đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung; Hộ kinh doanh Nguyễn Văn Tám chưa khai có nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung hay không.`,
      en: { contains: ['Hộ kinh doanh Nguyễn Văn Tám has not declared'], excludes: ['Trần Thị Hoa'] },
      evidence: [
        {
          path: '@doubleFundingRisks',
          value: [
            expect.objectContaining({ path: 'beneficiaries[0].otherStateFunding', funded: true }),
            expect.objectContaining({ path: 'beneficiaries[1].otherStateFunding', declared: false }),
          ],
        },
      ],
    },
    {
      name: 'a beneficiary without a name is named by its id',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
        delete d.beneficiaries[0].name;
      }),
      status: 'fail',
      vi: 'HTX-THAIPHUONG đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung.',
    },
    {
      name: 'an empty list of beneficiaries',
      dossier: exampleWith((d) => {
        d.beneficiaries = [];
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa kê khai cơ sở thụ hưởng nào.',
      en: 'Not applicable: the dossier lists no beneficiaries.',
      evidence: [{ path: '@beneficiaryCount', value: 0 }],
    },
    {
      name: 'a draft that lists no beneficiaries yet',
      dossier: proposalDraft((d) => {
        delete d.beneficiaries;
      }),
      status: 'not-applicable',
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and not-applicable', () => expectTableCovers(RULE, cases));
});
