import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';
import { tradeFairProject } from '../../support/scenarios-l1.js';

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
      vi: `Đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung: ${COOPERATIVE} (beneficiaries[0].otherStateFunding).`,
      en: `Already supported by another State programme for the same content: ${COOPERATIVE} (beneficiaries[0].otherStateFunding).`,
      remediation: ['Loại khỏi đề án cơ sở đã được Nhà nước hỗ trợ'],
      evidence: [
        {
          path: '@doubleFundingRisks',
          value: [{ label: COOPERATIVE, id: 'HTX-THAIPHUONG', path: 'beneficiaries[0].otherStateFunding' }],
        },
      ],
    },
    {
      name: 'the cooperative has not declared other State funding: not stated is not "not funded"',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].otherStateFunding;
      }),
      status: 'incomplete',
      missing: ['beneficiaries[0].otherStateFunding'],
      vi: { contains: ['Chưa đối chiếu được hỗ trợ trùng lặp', 'beneficiaries[0].otherStateFunding'] },
      en: { contains: ['Double funding cannot be checked yet', 'beneficiaries[0].otherStateFunding'] },
    },
    {
      name: 'otherStateFunding null counts as not declared',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = null;
      }),
      status: 'incomplete',
      missing: ['beneficiaries[0].otherStateFunding'],
    },
    {
      name: 'three household businesses: one funded, one undeclared, one clean: the funded one decides',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
        d.beneficiaries.push(
          { id: 'HKD-02', name: 'Hộ kinh doanh Nguyễn Văn Tám', kind: 'household-business', location: { commune: 'Thái Phương', area: 'rural' } },
          { id: 'HKD-03', name: 'Hộ kinh doanh Trần Thị Hoa', kind: 'household-business', otherStateFunding: false },
        );
      }),
      status: 'fail',
      en: { contains: [COOPERATIVE], excludes: ['Trần Thị Hoa', 'Nguyễn Văn Tám'] },
      evidence: [
        {
          path: '@doubleFundingRisks',
          value: [expect.objectContaining({ path: 'beneficiaries[0].otherStateFunding' })],
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
      vi: 'Đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung: HTX-THAIPHUONG (beneficiaries[0].otherStateFunding).',
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
      name: 'an advanced-machinery draft that lists no beneficiaries yet: the support goes to named establishments',
      dossier: proposalDraft((d) => {
        delete d.beneficiaries;
      }),
      status: 'incomplete',
      missing: ['beneficiaries'],
      vi: 'Chưa đối chiếu được hỗ trợ trùng lặp: hồ sơ chưa ghi beneficiaries (danh sách cơ sở thụ hưởng và, với từng cơ sở, có nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung hay không: otherStateFunding).',
    },
    {
      name: 'a trade-fair draft that lists no beneficiaries: none to check',
      dossier: tradeFairProject((d) => {
        delete d.beneficiaries;
      }),
      status: 'not-applicable',
      evidence: [{ path: '@beneficiaryCount', value: null }],
    },
  ];

  runRuleTable(RULE, cases);
});
