import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { ASSOCIATION, associationTrainingCourse, CENTRE } from '../../support/scenarios-l3.js';

describe('L3-legal-competence', () => {
  const RULE = 'L3-legal-competence';
  const cases: RuleCase[] = [
    {
      name: 'the example: 8 of the centre staff have legal training',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có 8 cán bộ đã được đào tạo, bồi dưỡng về pháp luật.`,
      en: `${CENTRE} has 8 members of staff trained in the law.`,
      evidence: [{ path: 'presidingUnit.staff.legalTraining', value: 8 }],
    },
    {
      name: 'a craft-village association with exactly 1 person trained in the law',
      dossier: associationTrainingCourse(),
      status: 'pass',
      vi: `${ASSOCIATION} có 1 cán bộ đã được đào tạo, bồi dưỡng về pháp luật.`,
      en: `${ASSOCIATION} has 1 member of staff trained in the law.`,
    },
    {
      name: 'nobody in the unit has legal training',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.legalTraining = 0;
      }),
      status: 'fail',
      vi: `${CENTRE} chưa có cán bộ nào được đào tạo, bồi dưỡng về pháp luật; cần ít nhất 1 người.`,
      en: `${CENTRE} has no staff trained in the law; at least 1 is needed.`,
      remediation: ['Cử ít nhất 1 cán bộ', 'presidingUnit.staff.legalTraining'],
      evidence: [{ path: 'presidingUnit.staff.legalTraining', value: 0 }],
    },
    {
      name: 'a unit with no name given: the sentence still has a subject',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.legalTraining = 0;
        delete d.presidingUnit.name;
      }),
      status: 'fail',
      vi: 'Đơn vị chủ trì chưa có cán bộ nào được đào tạo, bồi dưỡng về pháp luật; cần ít nhất 1 người.',
      en: 'The presiding unit has no staff trained in the law; at least 1 is needed.',
    },
    {
      name: 'the staff figures give no legal-training count',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.staff.legalTraining;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.staff.legalTraining'],
      vi: 'Hồ sơ chưa ghi số cán bộ được đào tạo, bồi dưỡng về pháp luật của đơn vị chủ trì (presidingUnit.staff.legalTraining).',
      en: "The dossier does not state how many of the presiding unit's staff are trained in the law (presidingUnit.staff.legalTraining).",
    },
  ];

  runRuleTable(RULE, cases);
});
