import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';

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

  runRuleTable(RULE, cases);
});
