import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';

describe('L2-media-engagement', () => {
  const RULE = 'L2-media-engagement';
  const cases: RuleCase[] = [
    {
      name: 'the example: the provincial radio and television station took part',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Cơ quan báo chí, truyền thông tham gia đề án: Đài Phát thanh và Truyền hình Thái Bình (tham gia ngày 25/10/2024).',
      en: 'The media take part in the project: Đài Phát thanh và Truyền hình Thái Bình (participation on 25 Oct 2024).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'media', path: 'engagements[7]' })] }],
    },
    {
      name: 'the provincial newspaper too, recorded by name only',
      dossier: exampleWith((d) => {
        d.engagements.push({ party: 'media', name: 'Báo Thái Bình' });
      }),
      status: 'pass',
      vi: 'Cơ quan báo chí, truyền thông tham gia đề án: Đài Phát thanh và Truyền hình Thái Bình (tham gia ngày 25/10/2024); Báo Thái Bình.',
    },
    {
      name: 'a proposal-stage draft: no media yet, though the loudspeaker was used',
      dossier: proposalDraft(),
      status: 'fail',
      vi: 'Hồ sơ ghi 4 bên tham gia, phối hợp nhưng chưa có cơ quan báo chí, truyền thông nào (các kênh truyền thông đã dùng: loa truyền thanh cơ sở và hội nghị).',
      en: 'The dossier records 4 participating parties but no media organisation (channels used: village loudspeaker and conference).',
      remediation: ['party "media"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'an empty draft: no engagements listed, so it cannot tell',
      dossier: {},
      status: 'incomplete',
      missing: ['engagements'],
      vi: 'Chưa xác định được có cơ quan báo chí, truyền thông nào tham gia đề án không: hồ sơ chưa ghi engagements (các bên tham gia, phối hợp và loại của từng bên).',
      en: { contains: ['Cannot tell whether any media organisation takes part', 'engagements'] },
    },
    {
      name: 'a draft that states no party takes part (an empty list) and uses no channel',
      dossier: { engagements: [] },
      status: 'fail',
      vi: 'Hồ sơ chưa ghi bên tham gia, phối hợp nào, kể cả cơ quan báo chí, truyền thông.',
      en: 'The dossier records no participating party, media organisations included.',
    },
  ];

  runRuleTable(RULE, cases);
});
