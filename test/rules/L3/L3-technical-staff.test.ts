import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { localProject } from '../../support/scenarios.js';
import { CENTRE } from '../../support/scenarios-l3.js';

describe('L3-technical-staff', () => {
  const RULE = 'L3-technical-staff';
  const cases: RuleCase[] = [
    {
      name: 'the example: the extension centre has 12 technical staff',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có 12 cán bộ kỹ thuật (tối thiểu 3).`,
      en: `${CENTRE} has 12 technical staff (at least 3 expected).`,
      evidence: [{ path: 'presidingUnit.staff.technical', value: 12 }],
    },
    {
      name: 'exactly 3 technical staff',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.technical = 3;
      }),
      status: 'pass',
      vi: `${CENTRE} có 3 cán bộ kỹ thuật (tối thiểu 3).`,
    },
    {
      name: 'only 2 technical staff',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.technical = 2;
      }),
      status: 'fail',
      vi: `${CENTRE} chỉ có 2 cán bộ kỹ thuật; cần ít nhất 3.`,
      en: `${CENTRE} has only 2 technical staff; at least 3 are needed.`,
      remediation: ['cho đủ 3 người', 'presidingUnit.staff.technical'],
      evidence: [{ path: 'presidingUnit.staff.technical', value: 2 }],
    },
    {
      name: 'no technical staff (0 is a fact, not missing data)',
      dossier: localProject((d) => {
        d.presidingUnit.staff.technical = 0;
      }),
      status: 'fail',
      vi: `${CENTRE} chỉ có 0 cán bộ kỹ thuật; cần ít nhất 3.`,
      evidence: [{ path: 'presidingUnit.staff.technical', value: 0 }],
    },
    {
      name: 'a unit with no name given: the message does not print a placeholder as its subject',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.technical = 2;
        delete d.presidingUnit.name;
      }),
      status: 'fail',
      vi: { contains: ['chỉ có 2 cán bộ kỹ thuật; cần ít nhất 3.'], excludes: ['(chưa có)'] },
      en: { contains: ['has only 2 technical staff'], excludes: ['(not given)'] },
    },
    {
      name: 'the number of technical staff is not stated',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.staff.technical;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.staff.technical'],
      vi: 'Hồ sơ chưa ghi số cán bộ kỹ thuật của đơn vị chủ trì (presidingUnit.staff.technical).',
      en: "The dossier does not state the presiding unit's number of technical staff (presidingUnit.staff.technical).",
    },
    {
      name: 'a draft with no presiding unit yet',
      dossier: exampleWith((d) => {
        d.presidingUnit = null;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.staff.technical'],
    },
  ];

  runRuleTable(RULE, cases);
});
