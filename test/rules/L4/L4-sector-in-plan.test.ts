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
      name: 'neither cited plan lists the sector',
      dossier: exampleWith((d) => {
        d.alignment.plans[0].sectorListed = false;
        d.alignment.plans[1].sectorListed = false;
      }),
      status: 'fail',
      vi: `Ngành nghề của đề án chưa có trong văn bản nào được viện dẫn: ${PROVINCIAL_PLAN} (alignment.plans[0].sectorListed là false); ${CRAFT_VILLAGE_PLAN} (alignment.plans[1].sectorListed là false).`,
      en: `The project's sector is listed in none of the cited plans: ${PROVINCIAL_PLAN} (alignment.plans[0].sectorListed is false); ${CRAFT_VILLAGE_PLAN} (alignment.plans[1].sectorListed is false).`,
      remediation: ['sectorListed: true'],
      evidence: [{ path: '@citedPlansMatching', value: [] }],
    },
    {
      name: 'the provincial plan does not list the sector and the craft-village plan does not say: not a failure',
      dossier: exampleWith((d) => {
        d.alignment.plans[0].sectorListed = false;
        d.alignment.plans[1].sectorListed = null;
      }),
      status: 'incomplete',
      missing: ['alignment.plans[1].sectorListed'],
      vi: `Chưa xác định được ngành nghề của đề án có trong quy hoạch, kế hoạch được viện dẫn không: chưa có văn bản nào ghi là có, và hồ sơ chưa ghi alignment.plans[1].sectorListed (${CRAFT_VILLAGE_PLAN}) (danh sách văn bản viện dẫn alignment.plans; với từng văn bản, sectorListed: true nếu có ngành nghề của đề án, false nếu không).`,
      en: { contains: ["Cannot tell whether the project's sector is in a cited plan: no plan is recorded as listing it"] },
    },
    {
      name: 'one plan lists the sector: another that does not say changes nothing',
      dossier: exampleWith((d) => {
        d.alignment.plans[1].sectorListed = null;
      }),
      status: 'pass',
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
      vi: 'Chưa xác định được ngành nghề của đề án có trong quy hoạch, kế hoạch được viện dẫn không: hồ sơ chưa ghi alignment.plans (danh sách văn bản viện dẫn alignment.plans; với từng văn bản, sectorListed: true nếu có ngành nghề của đề án, false nếu không).',
      en: { contains: ['the dossier does not give alignment.plans'] },
    },
  ];

  runRuleTable(RULE, cases);
});
