import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { vocationalTrainingProject } from '../../support/scenarios.js';
import { ASSOCIATION, associationTrainingCourse, CENTRE, demonstrationModelProject } from '../../support/scenarios-l3.js';

describe('L3-premises', () => {
  const RULE = 'L3-premises';
  const cases: RuleCase[] = [
    {
      name: 'the example: advanced equipment, with an office, a training hall and a demonstration workshop',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có nhà xưởng, cơ sở vật chất (văn phòng, hội trường đào tạo và xưởng trình diễn) đáp ứng yêu cầu của đề án ứng dụng máy móc thiết bị tiên tiến.`,
      en: `${CENTRE} has premises (office, training hall and demonstration workshop) that meet the needs of the project (advanced machinery and equipment).`,
      evidence: [
        { path: 'presidingUnit.facilities', value: ['office', 'training-hall', 'demonstration-workshop'] },
        { path: '@facilityRequirementUnmet', value: null },
      ],
    },
    {
      name: 'a training course held in a classroom (no training hall needed)',
      dossier: associationTrainingCourse(),
      status: 'pass',
      vi: `${ASSOCIATION} có nhà xưởng, cơ sở vật chất (phòng học) đáp ứng yêu cầu của đề án đào tạo nghề, truyền nghề.`,
      en: `${ASSOCIATION} has premises (classroom) that meet the needs of the project (vocational training).`,
    },
    {
      name: 'a demonstration model whose unit has a demonstration workshop',
      dossier: demonstrationModelProject((d) => {
        d.presidingUnit.facilities.push('demonstration-workshop');
      }),
      status: 'pass',
      vi: { contains: ['(văn phòng, hội trường đào tạo và xưởng trình diễn) đáp ứng yêu cầu của đề án mô hình trình diễn kỹ thuật.'] },
    },
    {
      name: 'a training project whose unit has only an office and a demonstration workshop',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.facilities = ['office', 'demonstration-workshop'];
      }),
      status: 'fail',
      vi: `Đề án đào tạo nghề cần hội trường đào tạo (training-hall) hoặc phòng học (classroom), nhưng ${CENTRE} chỉ kê khai văn phòng và xưởng trình diễn.`,
      en: `A vocational-training project needs a training hall (training-hall) or a classroom (classroom), but ${CENTRE} lists only office and demonstration workshop.`,
      remediation: ['Bố trí hội trường đào tạo hoặc phòng học', 'ghi training-hall hoặc classroom vào presidingUnit.facilities'],
      evidence: [
        { path: 'presidingUnit.facilities', value: ['office', 'demonstration-workshop'] },
        {
          path: '@facilityRequirementUnmet',
          value: {
            contentType: 'vocational-training',
            anyOf: ['training-hall', 'classroom'],
            facilities: ['office', 'demonstration-workshop'],
            path: 'presidingUnit.facilities',
          },
        },
      ],
    },
    {
      name: 'a demonstration model whose unit has no demonstration workshop',
      dossier: demonstrationModelProject(),
      status: 'fail',
      vi: `Đề án mô hình trình diễn kỹ thuật cần xưởng trình diễn (demonstration-workshop), nhưng ${CENTRE} chỉ kê khai văn phòng và hội trường đào tạo.`,
      en: `A technical demonstration model needs a demonstration workshop (demonstration-workshop), but ${CENTRE} lists only office and training hall.`,
      remediation: ['Bố trí xưởng trình diễn', 'demonstration-workshop'],
      check: (findings) => {
        expect(findings.vi.remediation).not.toContain('classroom');
      },
    },
    {
      name: 'an advanced-equipment project whose unit lists no premises at all (an empty list)',
      dossier: exampleWith((d) => {
        d.presidingUnit.facilities = [];
      }),
      status: 'fail',
      vi: `${CENTRE} không kê khai nhà xưởng, cơ sở vật chất nào (presidingUnit.facilities để trống).`,
      en: `${CENTRE} lists no premises (presidingUnit.facilities is empty).`,
      remediation: ['Kê khai nhà xưởng, cơ sở vật chất', 'presidingUnit.facilities'],
      evidence: [{ path: 'presidingUnit.facilities', value: [] }],
    },
    {
      name: 'a training project, unnamed unit, with an empty premises list: both gaps are named',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.facilities = [];
        delete d.presidingUnit.name;
      }),
      status: 'fail',
      vi: 'Đơn vị chủ trì không kê khai nhà xưởng, cơ sở vật chất nào (presidingUnit.facilities để trống). Đề án đào tạo nghề cần hội trường đào tạo (training-hall) hoặc phòng học (classroom).',
      en: 'The presiding unit lists no premises (presidingUnit.facilities is empty). A vocational-training project needs a training hall (training-hall) or a classroom (classroom).',
    },
    {
      name: 'the dossier does not list the premises',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.facilities;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.facilities'],
      vi: 'Hồ sơ chưa kê khai nhà xưởng, cơ sở vật chất của đơn vị chủ trì (presidingUnit.facilities).',
      en: "The dossier does not list the presiding unit's premises (presidingUnit.facilities).",
    },
    {
      name: 'premises given as null (absent)',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.facilities = null;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.facilities'],
    },
  ];

  runRuleTable(RULE, cases);
});
