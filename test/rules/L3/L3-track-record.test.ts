import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { ASSOCIATION, associationTrainingCourse, CENTRE } from '../../support/scenarios-l3.js';

describe('L3-track-record', () => {
  const RULE = 'L3-track-record';
  const cases: RuleCase[] = [
    {
      name: 'the example: 15 projects completed, 1 late',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} đã hoàn thành 15 đề án, 1 đề án bị chậm (6,67%, không quá 30%).`,
      en: `${CENTRE} has completed 15 projects, 1 of them late (6.67%, at most 30% allowed).`,
      evidence: [
        { path: 'presidingUnit.trackRecord.projectsCompleted', value: 15 },
        { path: '@delayedProjectShare', value: expect.closeTo(1 / 15, 10) },
      ],
    },
    {
      name: 'exactly at the limit: 3 of 10 late',
      dossier: exampleWith((d) => {
        d.presidingUnit.trackRecord = { projectsCompleted: 10, projectsDelayed: 3 };
      }),
      status: 'pass',
      vi: `${CENTRE} đã hoàn thành 10 đề án, 3 đề án bị chậm (30%, không quá 30%).`,
    },
    {
      name: 'one project completed, on time',
      dossier: exampleWith((d) => {
        d.presidingUnit.trackRecord = { projectsCompleted: 1, projectsDelayed: 0 };
      }),
      status: 'pass',
      en: `${CENTRE} has completed 1 project, 0 of them late (0%, at most 30% allowed).`,
    },
    {
      name: 'an association that finished 1 of its 2 courses late',
      dossier: associationTrainingCourse(),
      status: 'fail',
      vi: `${ASSOCIATION} đã hoàn thành 2 đề án nhưng 1 đề án bị chậm (50%), vượt mức 30%.`,
      en: `${ASSOCIATION} has completed 2 projects, but 1 of them ran late (50%), above the 30% allowed.`,
      remediation: ['Giải trình nguyên nhân chậm tiến độ', 'không quá 30%'],
      evidence: [{ path: '@delayedProjectShare', value: 0.5 }],
    },
    {
      name: 'a unit that has not completed any project',
      dossier: exampleWith((d) => {
        d.presidingUnit.trackRecord = { projectsCompleted: 0, projectsDelayed: 0 };
      }),
      status: 'fail',
      vi: `${CENTRE} chưa hoàn thành đề án nào; cần ít nhất 1 đề án đã hoàn thành để chứng minh năng lực.`,
      en: `${CENTRE} has not completed any project yet; at least 1 completed project is needed as a track record.`,
      remediation: ['presidingUnit.trackRecord'],
      evidence: [
        { path: 'presidingUnit.trackRecord.projectsCompleted', value: 0 },
        { path: '@delayedProjectShare', value: null },
      ],
    },
    {
      name: 'the number of delayed projects is not stated',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.trackRecord.projectsDelayed;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.trackRecord.projectsDelayed'],
      vi: 'Hồ sơ chưa ghi kết quả thực hiện các đề án trước của đơn vị chủ trì: thiếu presidingUnit.trackRecord.projectsDelayed.',
      en: "The dossier does not give the presiding unit's record on earlier projects: presidingUnit.trackRecord.projectsDelayed missing.",
    },
    {
      name: 'no track record at all',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.trackRecord;
      }),
      status: 'incomplete',
      missing: ['presidingUnit.trackRecord.projectsCompleted', 'presidingUnit.trackRecord.projectsDelayed'],
    },
  ];

  runRuleTable(RULE, cases);
});
