import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025, withoutParties } from '../../support/scenarios.js';
import { AFTER_REFORM } from '../../support/scenarios-l1.js';

describe('L1-provincial-leadership', () => {
  const RULE = 'L1-provincial-leadership';
  const cases: RuleCase[] = [
    {
      name: "the example: the Provincial People's Committee endorsed the project",
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Lãnh đạo tỉnh đã vào cuộc: đề nghị, ủng hộ của UBND tỉnh Thái Bình ngày 25/05/2023.',
      en: 'The provincial leadership is involved: endorsement by UBND tỉnh Thái Bình on 25 May 2023.',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'provincial-peoples-committee', path: 'engagements[2]' })] }],
    },
    {
      name: 'a direction of the Provincial Party Committee instead',
      dossier: exampleWith((d) => {
        withoutParties(d, 'provincial-peoples-committee');
        d.engagements.push({
          party: 'provincial-party-committee',
          name: 'Tỉnh ủy Thái Bình',
          type: 'direction',
          reference: 'Thông báo kết luận số 215-TB/TU',
          date: '2023-06-10',
        });
      }),
      status: 'pass',
      vi: 'Lãnh đạo tỉnh đã vào cuộc: chỉ đạo của Tỉnh ủy Thái Bình ngày 10/06/2023.',
    },
    {
      name: 'no document of the province: names the province',
      dossier: exampleWith((d) => withoutParties(d, 'provincial-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có văn bản nào của UBND tỉnh hoặc Tỉnh ủy Thái Bình về đề án (đề nghị, ủng hộ hay chỉ đạo).',
      en: "There is no document of the Provincial People's Committee or Party Committee of Thái Bình on the project (endorsement or direction).",
      remediation: ['provincial-peoples-committee'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'no document of the province and no province given',
      dossier: exampleWith((d) => {
        withoutParties(d, 'provincial-peoples-committee');
        delete d.location.province;
      }),
      status: 'fail',
      vi: 'Chưa có văn bản nào của UBND tỉnh hoặc Tỉnh ủy về đề án (đề nghị, ủng hộ hay chỉ đạo).',
      en: { excludes: ['(not given)', ' of  '] },
    },
    {
      name: 'an endorsement by another department does not count',
      dossier: exampleWith((d) => {
        withoutParties(d, 'provincial-peoples-committee');
        d.engagements.push({ party: 'other-department', name: 'Sở Nông nghiệp và PTNT Thái Bình', type: 'endorsement' });
      }),
      status: 'fail',
      vi: { contains: ['Chưa có văn bản nào của UBND tỉnh hoặc Tỉnh ủy'] },
    },
    {
      // legal-timeline.md: "A dossier dated in Thái Bình after 2025-07-01 belongs to Hưng Yên province."
      name: 'approved 2025-08 in (former) Thái Bình: the province on the reference date is Hưng Yên',
      dossier: approvedAugust2025((d) => withoutParties(d, 'provincial-peoples-committee')),
      options: AFTER_REFORM,
      status: 'fail',
      vi: { contains: ['Hưng Yên'], excludes: ['Tỉnh ủy Thái Bình'] },
      en: { contains: ['Hưng Yên'] },
    },
    {
      name: 'no engagements listed: not stated is not "no document"',
      dossier: exampleWith((d) => {
        delete d.engagements;
      }),
      status: 'incomplete',
      missing: ['engagements'],
      vi: 'Chưa xác định được UBND tỉnh hoặc Tỉnh ủy đã có văn bản về đề án chưa: hồ sơ chưa ghi engagements (các bên tham gia và văn bản của từng bên).',
      en: { contains: ["Cannot tell whether the Provincial People's Committee or Party Committee has issued a document"] },
    },
  ];

  runRuleTable(RULE, cases);
});
