import { describe, expect, it } from 'vitest';
import L3 from '../../../rules/L3.json';
import { exampleDossier } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { vocationalTrainingProject } from '../../support/scenarios.js';

describe('L3-learner-ratio', () => {
  const RULE = 'L3-learner-ratio';
  const TRAINING = 'presidingUnit.vocationalTraining';
  const cases: RuleCase[] = [
    {
      name: 'training project: 35 trainees, 2 instructors (17.5 each)',
      dossier: vocationalTrainingProject(),
      status: 'pass',
      vi: 'Đề án đào tạo 35 học viên với 2 giáo viên: bình quân 17,5 học viên trên một giáo viên, không vượt mức tối đa 25 theo quy định.',
      en: 'The project has 35 trainees and 2 instructors: 17.5 trainees per instructor, within the legal limit of 25.',
      evidence: [
        { path: `${TRAINING}.instructors`, value: 2 },
        { path: '@learnersPerInstructor', value: 17.5 },
        { path: '@learnersPerInstructorLimit', value: 25 },
      ],
    },
    {
      name: 'exactly at the limit: 50 trainees, 2 instructors',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.trainees = 50;
      }),
      status: 'pass',
      vi: { contains: ['bình quân 25 học viên trên một giáo viên, không vượt mức tối đa 25'] },
    },
    {
      name: 'one instructor, one trainee',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.trainees = 1;
        d.presidingUnit.vocationalTraining.instructors = 1;
      }),
      status: 'pass',
      en: 'The project has 1 trainee and 1 instructor: 1 trainee per instructor, within the legal limit of 25.',
    },
    {
      name: 'a 2025 course judged under the 2025 decree: the limit still comes from the legal data',
      dossier: vocationalTrainingProject((d) => {
        d.approvedOn = '2025-08-15';
        d.period = { start: '2025-09-01', end: '2026-03-31' };
        d.results.reportedOn = '2026-03-31';
      }),
      options: { asOf: '2025-10-01' },
      status: 'pass',
      evidence: [{ path: '@learnersPerInstructorLimit', value: 25 }],
    },
    {
      name: '70 trainees for 2 instructors (35 each)',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.trainees = 70;
      }),
      status: 'fail',
      vi: 'Đề án đào tạo 70 học viên nhưng chỉ có 2 giáo viên: bình quân 35 học viên trên một giáo viên, vượt mức tối đa 25 theo quy định.',
      en: 'The project has 70 trainees but only 2 instructors: 35 trainees per instructor, above the legal limit of 25.',
      remediation: ['không quá 25 học viên', `${TRAINING}.instructors`],
      evidence: [
        { path: '@learnersPerInstructor', value: 35 },
        { path: '@learnersPerInstructorLimit', value: 25 },
      ],
    },
    {
      name: 'no instructors: a clear failure, no division by zero',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.instructors = 0;
      }),
      status: 'fail',
      vi: `Đề án đào tạo 35 học viên nhưng chưa bố trí giáo viên nào (${TRAINING}.instructors là 0).`,
      en: `The project has 35 trainees but no instructors (${TRAINING}.instructors is 0).`,
      evidence: [{ path: `${TRAINING}.instructors`, value: 0 }],
      check: (findings) => {
        for (const finding of Object.values(findings)) expect(finding.message).not.toMatch(/Infinity|NaN|∞/);
      },
    },
    {
      name: 'the number of instructors is not stated',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining.instructors;
      }),
      status: 'incomplete',
      missing: [`${TRAINING}.instructors`],
      vi: `Đề án đào tạo nghề nhưng hồ sơ chưa ghi đủ số học viên và số giáo viên: thiếu ${TRAINING}.instructors.`,
      en: `This is a vocational-training project, but the dossier does not give both the number of trainees and of instructors: ${TRAINING}.instructors missing.`,
    },
    {
      name: 'a training draft with no training details at all',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining;
      }),
      status: 'incomplete',
      missing: [`${TRAINING}.trainees`, `${TRAINING}.instructors`],
    },
    {
      name: 'the example: advanced equipment, not vocational training',
      dossier: exampleDossier(),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án có nội dung "ứng dụng máy móc thiết bị tiên tiến", không phải đào tạo nghề.',
      evidence: [{ path: 'contentType', value: 'advanced-equipment' }],
    },
    {
      name: 'a 2012 training class of 70 trainees for 2 instructors: the limit of Nghị định 143/2016/NĐ-CP cannot bind it',
      dossier: vocationalTrainingProject((d) => {
        d.submittedOn = '2012-02-10';
        d.approvedOn = '2012-09-20';
        d.period = { start: '2012-10-01', end: '2012-12-31' };
        d.results.reportedOn = '2012-12-31';
        d.presidingUnit.vocationalTraining.trainees = 70;
      }),
      options: { asOf: '2013-01-15' },
      status: 'not-applicable',
      vi: 'Không áp dụng: dữ liệu pháp lý không có mức tối đa số người học trên một nhà giáo cho ngày tham chiếu 20/09/2012 (mức này có từ Nghị định 143/2016/NĐ-CP).',
      en: { contains: ['the legal data has no limit on learners per instructor for the reference date 20 Sep 2012'] },
    },
  ];

  runRuleTable(RULE, cases);

  it('reads the limit from the legal data, not from a parameter, and cites the decree as verified', () => {
    const rule = L3.rules.find((candidate) => candidate.id === RULE)!;
    expect(rule).not.toHaveProperty('parameters');
    expect(JSON.stringify(rule)).toContain('"value":{"fact":"learnersPerInstructorLimit"}');
    const law = rule.references.find((reference) => reference.kind === 'law')!;
    expect(law.verified).toBe(true);
    expect(law.citation).toContain('Nghị định 143/2016/NĐ-CP');
  });
});
