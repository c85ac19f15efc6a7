import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025, localProject, proposalDraft } from '../../support/scenarios.js';

describe('L4-national-programme', () => {
  const RULE = 'L4-national-programme';
  const cases: RuleCase[] = [
    {
      name: 'the example: 1881/QĐ-TTg for a start on 2024-03-01',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án viện dẫn 1881/QĐ-TTg, đúng chương trình áp dụng cho ngày bắt đầu thực hiện 01/03/2024: Chương trình khuyến công quốc gia giai đoạn 2021–2025 (1881/QĐ-TTg).',
      en: 'The project cites 1881/QĐ-TTg, the programme for the start of implementation on 1 Mar 2024: the national industrial-promotion programme for 2021–2025 (1881/QĐ-TTg).',
      evidence: [
        { path: 'alignment.programme', value: '1881/QĐ-TTg' },
        { path: '@nationalProgrammeForPeriod', value: { decision: '1881/QĐ-TTg', period: '2021–2025' } },
        { path: '@citedProgrammeMatches', value: true },
      ],
    },
    {
      name: 'the decision number written in lower case with spaces',
      dossier: exampleWith((d) => {
        d.alignment.programme = ' 1881 / qđ-ttg ';
      }),
      status: 'pass',
      en: 'The project cites 1881 / qđ-ttg, the programme for the start of implementation on 1 Mar 2024: the national industrial-promotion programme for 2021–2025 (1881/QĐ-TTg).',
    },
    {
      name: 'the decision cited in full, with its date',
      dossier: exampleWith((d) => {
        d.alignment.programme = 'Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ';
      }),
      status: 'pass',
      vi: { contains: ['Đề án viện dẫn Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ, đúng chương trình', '(1881/QĐ-TTg).'] },
    },
    {
      name: 'the 2014–2020 programme cited for a start in 2024',
      dossier: exampleWith((d) => {
        d.alignment.programme = '1288/QĐ-TTg';
      }),
      status: 'fail',
      vi: 'Đề án viện dẫn 1288/QĐ-TTg, nhưng ngày bắt đầu thực hiện 01/03/2024 thuộc Chương trình khuyến công quốc gia giai đoạn 2021–2025 (1881/QĐ-TTg).',
      en: 'The project cites 1288/QĐ-TTg, but the start of implementation on 1 Mar 2024 falls under the national industrial-promotion programme for 2021–2025 (1881/QĐ-TTg).',
      remediation: ['alignment.programme', '1881/QĐ-TTg, giai đoạn 2021–2025'],
      evidence: [{ path: '@citedProgrammeMatches', value: false }],
    },
    {
      name: 'a number that merely contains the right one (11881/QĐ-TTg)',
      dossier: exampleWith((d) => {
        d.alignment.programme = '11881/QĐ-TTg';
      }),
      status: 'fail',
    },
    {
      name: 'approved in August 2025 but starting on 2026-01-05: the 2026–2030 programme applies',
      dossier: approvedAugust2025((d) => {
        d.period = { start: '2026-01-05', end: '2026-09-30' };
      }),
      options: { asOf: '2025-09-15' },
      status: 'fail',
      vi: 'Đề án viện dẫn 1881/QĐ-TTg, nhưng ngày bắt đầu thực hiện 05/01/2026 thuộc Chương trình khuyến công quốc gia giai đoạn 2026–2030 (2646/QĐ-BCT).',
      en: { contains: ['falls under the national industrial-promotion programme for 2026–2030 (2646/QĐ-BCT)'] },
    },
    {
      name: 'a 2026 start citing 2646/QĐ-BCT',
      dossier: approvedAugust2025((d) => {
        d.period = { start: '2026-01-05', end: '2026-09-30' };
        d.alignment.programme = '2646/QĐ-BCT';
      }),
      options: { asOf: '2025-09-15' },
      status: 'pass',
      vi: 'Đề án viện dẫn 2646/QĐ-BCT, đúng chương trình áp dụng cho ngày bắt đầu thực hiện 05/01/2026: Chương trình khuyến công quốc gia giai đoạn 2026–2030 (2646/QĐ-BCT).',
    },
    {
      name: 'a start for which the legal data has no programme',
      dossier: exampleWith((d) => {
        d.period = { start: '2031-03-01', end: '2031-10-31' };
        d.results.reportedOn = '2031-10-31';
      }),
      status: 'fail',
      vi: 'Đề án viện dẫn 1881/QĐ-TTg, nhưng bảng dữ liệu pháp lý chưa có Chương trình khuyến công quốc gia nào cho ngày bắt đầu thực hiện 01/03/2031.',
      en: 'The project cites 1881/QĐ-TTg, but the legal-data table has no national industrial-promotion programme for the start of implementation on 1 Mar 2031.',
      evidence: [{ path: '@nationalProgrammeForPeriod', value: null }],
    },
    {
      name: 'a national project that does not cite the programme',
      dossier: exampleWith((d) => {
        delete d.alignment.programme;
      }),
      status: 'incomplete',
      missing: ['alignment.programme'],
      vi: 'Chưa đối chiếu được với Chương trình khuyến công quốc gia: hồ sơ chưa ghi alignment.programme (phạm vi đề án: scope; số, ngày của quyết định phê duyệt Chương trình mà đề án viện dẫn: alignment.programme; ngày bắt đầu thực hiện: period.start).',
      en: 'The project cannot be checked against the national industrial-promotion programme: the dossier does not give alignment.programme (the project\'s scope, scope; the number and date of the decision approving the programme it cites, alignment.programme; the start of implementation, period.start).',
    },
    {
      name: 'a national draft with neither the programme nor the period',
      dossier: proposalDraft((d) => {
        delete d.alignment.programme;
        delete d.period;
      }),
      status: 'incomplete',
      missing: ['alignment.programme', 'period.start'],
      vi: 'Chưa đối chiếu được với Chương trình khuyến công quốc gia: hồ sơ chưa ghi alignment.programme và period.start (phạm vi đề án: scope; số, ngày của quyết định phê duyệt Chương trình mà đề án viện dẫn: alignment.programme; ngày bắt đầu thực hiện: period.start).',
      en: 'The project cannot be checked against the national industrial-promotion programme: the dossier does not give alignment.programme and period.start (the project\'s scope, scope; the number and date of the decision approving the programme it cites, alignment.programme; the start of implementation, period.start).',
    },
    {
      name: 'a local project',
      dossier: localProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: chỉ đề án khuyến công quốc gia phải phù hợp Chương trình khuyến công quốc gia (đề án này: khuyến công địa phương).',
      en: 'Not applicable: only national projects must fit the national industrial-promotion programme (this one: local industrial promotion).',
      evidence: [{ path: 'scope', value: 'local' }],
    },
    {
      name: 'a draft that does not state its scope: whether the programme binds it is unknown',
      dossier: proposalDraft((d) => {
        delete d.scope;
      }),
      status: 'incomplete',
      missing: ['scope'],
      en: 'The project cannot be checked against the national industrial-promotion programme: the dossier does not give scope (the project\'s scope, scope; the number and date of the decision approving the programme it cites, alignment.programme; the start of implementation, period.start).',
    },
  ];

  runRuleTable(RULE, cases);
});
