import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';

describe('L5-results-recorded', () => {
  const RULE = 'L5-results-recorded';
  const results = (value: unknown) => ({ path: '@acceptanceResults.unrecorded', value });
  /** The example turned into a completed training project whose acceptance results are `given`. */
  const training = (given: Record<string, unknown> | undefined) =>
    exampleWith((d) => {
      d.contentType = 'vocational-training';
      if (given === undefined) delete d.results;
      else d.results = given;
    });
  const cases: RuleCase[] = [
    {
      name: 'the example: machinery in operation, 5 jobs, capacity +40 %, reported on 2024-10-30',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Kết quả nghiệm thu báo cáo ngày 30/10/2024 ghi đủ các kết quả cần có của đề án ứng dụng máy móc thiết bị tiên tiến: results.reportedOn, results.equipmentInOperation, results.jobsCreated và results.capacityIncreasePercent.',
      en: { contains: ['reported on 30 Oct 2024', 'results.equipmentInOperation, results.jobsCreated and results.capacityIncreasePercent'] },
      evidence: [results([])],
    },
    {
      name: 'no job created, equipment out of operation and revenue down 10 %: results all the same',
      dossier: exampleWith((d) => {
        d.results = { reportedOn: '2024-10-30', jobsCreated: 0, equipmentInOperation: false, revenueIncreasePercent: -10 };
      }),
      status: 'pass',
      vi: { contains: ['results.revenueIncreasePercent'] },
    },
    {
      name: 'training: 25 trained, 25 certified, 20 employed',
      dossier: training({ reportedOn: '2024-10-30', learnersTrained: 25, learnersCertified: 25, learnersEmployed: 20 }),
      status: 'pass',
      en: { contains: ['(vocational training)', 'results.learnersTrained, results.learnersCertified and results.learnersEmployed'] },
    },
    {
      name: 'a trade fair: a description of its results is enough',
      dossier: exampleWith((d) => {
        d.contentType = 'trade-fair';
        d.results = { reportedOn: '2024-10-30', notes: '120 gian hàng, 35 hợp đồng ký kết' };
      }),
      status: 'pass',
      vi: { contains: ['results.reportedOn và results.notes'] },
    },
    {
      name: 'a completed machinery project whose dossier records no results',
      dossier: exampleWith((d) => {
        delete d.results;
      }),
      status: 'fail',
      vi: 'Đề án ứng dụng máy móc thiết bị tiên tiến đã hoàn thành nhưng hồ sơ chưa ghi kết quả nghiệm thu (results), cần ghi: results.reportedOn; results.equipmentInOperation; results.jobsCreated; results.capacityIncreasePercent (hoặc results.revenueIncreasePercent).',
      en: 'The advanced machinery and equipment project is completed, but the dossier records no acceptance results (results); it needs: results.reportedOn; results.equipmentInOperation; results.jobsCreated; results.capacityIncreasePercent (or results.revenueIncreasePercent).',
      remediation: ['mục results', 'results.reportedOn', 'biên bản nghiệm thu'],
      evidence: [
        results([
          { path: 'results.reportedOn', alternatives: [] },
          { path: 'results.equipmentInOperation', alternatives: [] },
          { path: 'results.jobsCreated', alternatives: [] },
          { path: 'results.capacityIncreasePercent', alternatives: ['results.revenueIncreasePercent'] },
        ]),
      ],
    },
    {
      name: 'training results with the learners trained only (a news report of the course)',
      dossier: training({ reportedOn: '2024-10-30', learnersTrained: 70, notes: '59 học viên giỏi, 11 khá' }),
      status: 'fail',
      vi: 'Đề án đào tạo nghề, truyền nghề đã hoàn thành nhưng kết quả nghiệm thu chưa ghi: results.learnersCertified; results.learnersEmployed.',
      en: { contains: ['its acceptance results do not record: results.learnersCertified; results.learnersEmployed.'] },
    },
    {
      name: 'no content type and no results: the reporting date is due whatever the content',
      dossier: exampleWith((d) => {
        delete d.contentType;
        delete d.results;
      }),
      status: 'fail',
      en: 'The project is completed, but the dossier records no acceptance results (results); it needs: results.reportedOn; nor does it state its content type (contentType), so the results specific to the content cannot be listed.',
    },
    {
      name: 'a reporting date but no content type: which results are due is not known',
      dossier: exampleWith((d) => {
        delete d.contentType;
        d.results = { reportedOn: '2024-10-30' };
      }),
      status: 'incomplete',
      missing: ['contentType'],
      vi: 'Kết quả nghiệm thu đã ghi ngày báo cáo (30/10/2024) nhưng hồ sơ chưa ghi nội dung đề án (contentType) nên chưa biết cần ghi những kết quả nào.',
    },
    {
      name: 'a project still in progress',
      dossier: exampleWith((d) => {
        d.stage = 'in-progress';
        delete d.results;
      }),
      status: 'not-applicable',
      en: 'Not applicable: the project is at the "in progress" stage, not completed and accepted.',
      evidence: [{ path: '@stage', value: 'in-progress' }],
    },
    {
      name: 'a dossier with no stage is a proposal',
      dossier: exampleWith((d) => {
        delete d.stage;
        delete d.results;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án ở giai đoạn "đề xuất", chưa hoàn thành và nghiệm thu.',
    },
  ];

  runRuleTable(RULE, cases);
});
