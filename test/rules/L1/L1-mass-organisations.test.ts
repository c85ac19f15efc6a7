import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { withoutParties } from '../../support/scenarios.js';

describe('L1-mass-organisations', () => {
  const RULE = 'L1-mass-organisations';
  const cases: RuleCase[] = [
    {
      name: "the example: the commune Women's Union takes part",
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Có 1 tổ chức đoàn thể, hiệp hội tham gia đề án: Hội Liên hiệp Phụ nữ xã Thái Phương (tổ chức chính trị - xã hội, tham gia ngày 20/02/2024).',
      en: '1 mass organisation or association takes part in the project: Hội Liên hiệp Phụ nữ xã Thái Phương (mass organisation, participation on 20 Feb 2024).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'mass-organisation', path: 'engagements[6]' })] }],
    },
    {
      name: 'an industry association instead',
      dossier: exampleWith((d) => {
        withoutParties(d, 'mass-organisation');
        d.engagements.push({
          party: 'industry-association',
          name: 'Hội Làng nghề tỉnh Thái Bình',
          type: 'coordination-agreement',
          date: '2024-02-22',
        });
      }),
      status: 'pass',
      vi: 'Có 1 tổ chức đoàn thể, hiệp hội tham gia đề án: Hội Làng nghề tỉnh Thái Bình (hiệp hội ngành nghề, thỏa thuận phối hợp ngày 22/02/2024).',
    },
    {
      name: "both the Women's Union and the Farmers' Union",
      dossier: exampleWith((d) => {
        d.engagements.push({ party: 'mass-organisation', name: 'Hội Nông dân xã Thái Phương', type: 'participation', date: '2024-02-20' });
      }),
      status: 'pass',
      en: { contains: ['2 mass organisations or associations take part in the project', 'Hội Nông dân xã Thái Phương'] },
    },
    {
      name: 'the example without the mass organisation',
      dossier: exampleWith((d) => withoutParties(d, 'mass-organisation')),
      status: 'fail',
      vi: 'Chưa có tổ chức chính trị - xã hội hay hiệp hội ngành nghề nào tham gia đề án (trong 7 bên tham gia đã ghi trong hồ sơ).',
      en: 'No mass organisation or industry association takes part in the project (among the 7 engagements recorded).',
      remediation: ['"mass-organisation"', '"industry-association"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'a draft with a single engagement (English singular)',
      dossier: exampleWith((d) => {
        d.engagements = d.engagements.filter((e: { party: string }) => e.party === 'provincial-peoples-committee');
      }),
      status: 'fail',
      en: { contains: ['(among the 1 engagement recorded)'] },
    },
    {
      name: 'an explicitly empty list of engagements: none take part',
      dossier: exampleWith((d) => {
        d.engagements = [];
      }),
      status: 'fail',
      vi: 'Chưa có tổ chức chính trị - xã hội hay hiệp hội ngành nghề nào tham gia đề án.',
      en: 'No mass organisation or industry association takes part in the project.',
    },
    {
      name: 'no engagements listed at all: not stated is not "none"',
      dossier: exampleWith((d) => {
        delete d.engagements;
      }),
      status: 'incomplete',
      missing: ['engagements'],
      vi: 'Chưa xác định được có tổ chức chính trị - xã hội hay hiệp hội ngành nghề nào tham gia đề án không: hồ sơ chưa ghi engagements (các bên tham gia và loại của từng bên).',
      en: 'Cannot tell whether a mass organisation or industry association takes part: the dossier does not give engagements (the participating parties and what each one is).',
    },
    {
      name: 'the only candidate engagement has no party: it could be the Women’s Union',
      dossier: exampleWith((d) => {
        delete d.engagements[6].party;
      }),
      status: 'incomplete',
      missing: ['engagements[6].party'],
      en: { contains: ['engagements[6].party (Hội Liên hiệp Phụ nữ xã Thái Phương)'] },
    },
    {
      name: 'a party-less engagement does not hide a listed association',
      dossier: exampleWith((d) => {
        delete d.engagements[0].party;
      }),
      status: 'pass',
    },
  ];

  runRuleTable(RULE, cases);
});
