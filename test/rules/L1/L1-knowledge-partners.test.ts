import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { digitalTransformationProject, vocationalTrainingProject, withoutParties } from '../../support/scenarios.js';
import { cleanerProductionProject, tradeFairProject } from '../../support/scenarios-l1.js';

describe('L1-knowledge-partners', () => {
  const RULE = 'L1-knowledge-partners';
  const cases: RuleCase[] = [
    {
      name: 'the example (advanced machinery): the provincial vocational college takes part',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án có 1 đơn vị đào tạo, nghiên cứu tham gia: Trường Cao đẳng nghề Thái Bình (trường cao đẳng, tham gia ngày 05/03/2024).',
      en: '1 knowledge partner takes part in the project: Trường Cao đẳng nghề Thái Bình (college, participation on 5 Mar 2024).',
      evidence: [{ path: '@engagementsBy', value: [expect.objectContaining({ party: 'college', path: 'engagements[5]' })] }],
    },
    {
      name: 'cleaner production with a research institute',
      dossier: cleanerProductionProject(),
      status: 'pass',
      vi: 'Đề án có 1 đơn vị đào tạo, nghiên cứu tham gia: Viện Công nghệ môi trường (viện nghiên cứu, thỏa thuận phối hợp ngày 26/02/2024).',
    },
    {
      name: 'vocational training with a college and a university',
      dossier: vocationalTrainingProject((d) => {
        d.engagements.push({ party: 'university', name: 'Trường Đại học Thái Bình', type: 'participation', date: '2024-03-10' });
      }),
      status: 'pass',
      vi: 'Đề án có 2 đơn vị đào tạo, nghiên cứu tham gia: Trường Cao đẳng nghề Thái Bình (trường cao đẳng, tham gia ngày 05/03/2024); Trường Đại học Thái Bình (trường đại học, tham gia ngày 10/03/2024).',
      en: { contains: ['2 knowledge partners take part in the project'] },
    },
    {
      name: 'a central department with no type or date recorded',
      dossier: exampleWith((d) => {
        withoutParties(d, 'college');
        d.engagements.push({ party: 'central-department', name: 'Vụ Khoa học và Công nghệ, Bộ Công Thương' });
      }),
      status: 'pass',
      vi: 'Đề án có 1 đơn vị đào tạo, nghiên cứu tham gia: Vụ Khoa học và Công nghệ, Bộ Công Thương (cục, vụ Trung ương).',
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'the example without the college',
      dossier: exampleWith((d) => withoutParties(d, 'college')),
      status: 'fail',
      vi: 'Đề án ứng dụng máy móc thiết bị tiên tiến chưa có trường đại học, cao đẳng, viện nghiên cứu hay cục, vụ Trung ương nào tham gia (trong 7 bên tham gia đã ghi trong hồ sơ).',
      en: 'This advanced machinery and equipment project has no university, college, research institute or central department taking part (among the 7 engagements recorded).',
      remediation: ['"university"', '"college"', '"research-institute"', '"central-department"'],
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: 'a digital-transformation project (2025-11) without a knowledge partner',
      dossier: digitalTransformationProject('2025-11-20', (d) => withoutParties(d, 'college')),
      options: { asOf: '2025-12-01' },
      status: 'fail',
      vi: { contains: ['Đề án chuyển đổi số chưa có trường đại học'] },
      en: { contains: ['This digital transformation project has no university'] },
    },
    {
      name: 'a vocational-training draft with no engagements at all',
      dossier: vocationalTrainingProject((d) => {
        d.engagements = [];
      }),
      status: 'fail',
      vi: 'Đề án đào tạo nghề, truyền nghề chưa có trường đại học, cao đẳng, viện nghiên cứu hay cục, vụ Trung ương nào tham gia.',
      en: 'This vocational training project has no university, college, research institute or central department taking part.',
    },
    {
      name: 'a trade-fair project',
      dossier: tradeFairProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: nội dung "hội chợ, triển lãm" không thuộc nhóm cần đối tác chuyên môn (đào tạo nghề, mô hình trình diễn kỹ thuật, máy móc thiết bị tiên tiến, sản xuất sạch hơn, chuyển đổi số).',
      en: { contains: ['the content "trade fairs and exhibitions" is not one that calls for a knowledge partner'] },
      evidence: [{ path: 'contentType', value: 'trade-fair' }],
    },
    {
      name: 'no content type stated: whether a knowledge partner is needed is unknown',
      dossier: exampleWith((d) => {
        delete d.contentType;
      }),
      status: 'incomplete',
      missing: ['contentType'],
      evidence: [{ path: 'contentType', value: null }],
    },
    {
      name: 'a vocational-training draft that lists no engagements: not stated is not "none"',
      dossier: vocationalTrainingProject((d) => {
        delete d.engagements;
      }),
      status: 'incomplete',
      missing: ['engagements'],
      vi: 'Chưa xác định được có trường đại học, cao đẳng, viện nghiên cứu hay cục, vụ Trung ương nào tham gia đề án không: hồ sơ chưa ghi engagements (các bên tham gia engagements, với từng bên là loại đơn vị nào: party).',
      en: { contains: ['Cannot tell whether a university, college, research institute or central department takes part'] },
    },
    {
      name: 'the college’s engagement without its party: it could be the knowledge partner',
      dossier: exampleWith((d) => {
        delete d.engagements[5].party;
      }),
      status: 'incomplete',
      missing: ['engagements[5].party'],
      en: { contains: ['engagements[5].party (Trường Cao đẳng nghề Thái Bình)'] },
    },
  ];

  runRuleTable(RULE, cases);
});
