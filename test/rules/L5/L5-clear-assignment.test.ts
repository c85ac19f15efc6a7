import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';

describe('L5-clear-assignment', () => {
  const RULE = 'L5-clear-assignment';
  const PRESIDING = 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình';
  const cases: RuleCase[] = [
    {
      name: 'the example: presiding unit on all 4 milestones, investor on 3',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các mốc tiến độ (4) đều có đơn vị chịu trách nhiệm; đơn vị chủ trì tham gia 4 mốc, chủ đầu tư hoặc đơn vị phối hợp tham gia 3 mốc.',
      en: 'Every milestone (4 in all) has an owner; the presiding unit owns or supports 4 of them, the investor or a coordinating unit 3.',
      evidence: [
        { path: '@milestonesWithoutOwner', value: [] },
        { path: '@milestoneDuties.presiding', value: ['Khảo sát, lựa chọn thiết bị', 'Mua sắm, lắp đặt máy', 'Chuyển giao, hướng dẫn vận hành', 'Nghiệm thu, tổng kết'] },
        { path: '@milestoneDuties.partner', value: ['Khảo sát, lựa chọn thiết bị', 'Mua sắm, lắp đặt máy', 'Nghiệm thu, tổng kết'] },
      ],
    },
    {
      name: 'the centre owns every milestone; a coordinating unit (not the investor) supports the training',
      dossier: exampleWith((d) => {
        for (const milestone of d.implementation.milestones) {
          milestone.owner = 'presiding';
          milestone.support = [];
        }
        d.implementation.milestones[2].support = ['coordinating'];
      }),
      status: 'pass',
      vi: { contains: ['đơn vị chủ trì tham gia 4 mốc, chủ đầu tư hoặc đơn vị phối hợp tham gia 1 mốc'] },
    },
    {
      name: 'two milestones without an owner',
      dossier: exampleWith((d) => {
        delete d.implementation.milestones[1].owner;
        delete d.implementation.milestones[2].owner;
      }),
      status: 'fail',
      vi: 'Chưa giao đơn vị chịu trách nhiệm (owner) cho mốc: Mua sắm, lắp đặt máy; Chuyển giao, hướng dẫn vận hành.',
      en: 'No owner is assigned to: Mua sắm, lắp đặt máy; Chuyển giao, hướng dẫn vận hành.',
      remediation: ['owner', '"presiding"', '"investor", "coordinating"'],
      evidence: [
        {
          path: '@milestonesWithoutOwner',
          value: [
            { label: 'Mua sắm, lắp đặt máy', path: 'implementation.milestones[1].owner' },
            { label: 'Chuyển giao, hướng dẫn vận hành', path: 'implementation.milestones[2].owner' },
          ],
        },
      ],
    },
    {
      name: 'the cooperative runs everything; the presiding centre has no duty',
      dossier: exampleWith((d) => {
        for (const milestone of d.implementation.milestones) {
          milestone.owner = 'investor';
          milestone.support = ['beneficiary'];
        }
      }),
      status: 'fail',
      vi: `Đơn vị chủ trì (${PRESIDING}) không chịu trách nhiệm hay phối hợp mốc nào.`,
      en: `The presiding unit (${PRESIDING}) neither owns nor supports any milestone.`,
      evidence: [{ path: '@milestoneDuties.presiding', value: [] }],
    },
    {
      name: 'the centre does everything alone; the investor has no duty',
      dossier: exampleWith((d) => {
        for (const milestone of d.implementation.milestones) {
          milestone.owner = 'presiding';
          delete milestone.support;
        }
      }),
      status: 'fail',
      vi: 'Chủ đầu tư và các đơn vị phối hợp không chịu trách nhiệm hay phối hợp mốc nào.',
      en: 'Neither the investor nor any coordinating unit owns or supports a milestone.',
    },
    {
      name: 'an unnamed milestone without owner, and an unnamed presiding unit: no placeholder',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.name;
        d.implementation.milestones = [{ due: '2024-05-31', support: ['investor'] }];
      }),
      status: 'fail',
      vi: 'Chưa giao đơn vị chịu trách nhiệm (owner) cho mốc: implementation.milestones[0]. Đơn vị chủ trì không chịu trách nhiệm hay phối hợp mốc nào.',
      en: { excludes: ['(not given)', '()'] },
    },
    {
      name: 'a proposal draft with no implementation plan yet: not stated is not "no milestones"',
      dossier: proposalDraft(),
      status: 'incomplete',
      missing: ['implementation.milestones'],
      vi: 'Chưa kiểm tra được việc phân công thực hiện: hồ sơ chưa ghi implementation.milestones (các mốc tiến độ của kế hoạch thực hiện, mỗi mốc với đơn vị chịu trách nhiệm owner và đơn vị phối hợp support).',
      en: { contains: ['Cannot check who is assigned what: the dossier does not give implementation.milestones'] },
    },
    {
      name: 'a plan that lists no milestones (an empty list)',
      dossier: exampleWith((d) => {
        d.implementation.milestones = [];
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: kế hoạch thực hiện chưa có mốc tiến độ nào.',
      en: 'Not applicable: the implementation plan has no milestones.',
      evidence: [{ path: '@milestoneCount', value: 0 }],
    },
  ];

  runRuleTable(RULE, cases);
});
