import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { CRAFT_VILLAGE_PLAN, PROVINCIAL_PLAN } from '../../support/scenarios-l4.js';

describe('L4-sector-in-plan', () => {
  const RULE = 'L4-sector-in-plan';
  const cases: RuleCase[] = [
    {
      name: 'the example: both cited plans list the sector',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Ngành nghề của đề án có trong ${PROVINCIAL_PLAN}; ${CRAFT_VILLAGE_PLAN}.`,
      en: `The project's sector is listed in ${PROVINCIAL_PLAN}; ${CRAFT_VILLAGE_PLAN}.`,
      evidence: [{ path: '@citedPlansMatching', value: [expect.objectContaining({ path: 'alignment.plans[0]' }), expect.objectContaining({ path: 'alignment.plans[1]' })] }],
    },
    {
      name: 'only the craft-village plan lists the sector',
      dossier: exampleWith((d) => {
        d.alignment.plans[0].sectorListed = false;
      }),
      status: 'pass',
      vi: `Ngành nghề của đề án có trong ${CRAFT_VILLAGE_PLAN}.`,
    },
    {
      name: 'the provincial plan does not list the sector and the craft-village plan does not say',
      dossier: exampleWith((d) => {
        d.alignment.plans[0].sectorListed = false;
        d.alignment.plans[1].sectorListed = null;
      }),
      status: 'fail',
      vi: `Ngành nghề của đề án chưa có trong văn bản nào được viện dẫn: ${PROVINCIAL_PLAN} — không có ngành nghề này; ${CRAFT_VILLAGE_PLAN} — chưa ghi có ngành nghề này hay không (alignment.plans[1].sectorListed).`,
      en: `The project's sector is listed in none of the cited plans: ${PROVINCIAL_PLAN} — not listed; ${CRAFT_VILLAGE_PLAN} — not stated whether it is listed (alignment.plans[1].sectorListed).`,
      remediation: ['sectorListed: true'],
      evidence: [{ path: '@citedPlansMatching', value: [] }],
    },
    {
      name: 'the plans list is empty',
      dossier: exampleWith((d) => {
        d.alignment.plans = [];
      }),
      status: 'fail',
      vi: 'Đề án chưa viện dẫn quy hoạch, kế hoạch nào (alignment.plans để trống) nên chưa chứng minh được ngành nghề có trong quy hoạch.',
      en: 'The project cites no plan at all (alignment.plans is empty), so nothing shows that its sector is in a plan.',
    },
    {
      name: 'no plans section at all',
      dossier: exampleWith((d) => {
        delete d.alignment.plans;
      }),
      status: 'incomplete',
      missing: ['alignment.plans'],
      vi: 'Hồ sơ chưa có phần căn cứ quy hoạch, kế hoạch (alignment.plans) nên chưa chứng minh được ngành nghề của đề án có trong quy hoạch.',
      en: "The dossier has no plans cited (alignment.plans), so nothing shows that the project's sector is in a plan.",
    },
  ];

  runRuleTable(RULE, cases);
});
