import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';

describe('L5-cost-norm-references', () => {
  const RULE = 'L5-cost-norm-references';
  const cases: RuleCase[] = [
    {
      name: 'the example: the 3 lines paid from khuyến công funds cite Thông tư 28/2018/TT-BTC',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các dòng dự toán dùng kinh phí khuyến công (3) đều ghi căn cứ định mức chi.',
      en: 'Every budget line paid from khuyến công funds (3 in all) cites a cost norm.',
      evidence: [{ path: '@khuyenCongLinesWithoutNorm', value: [] }],
    },
    {
      name: 'a counterpart-only line needs no norm',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].normReference;
      }),
      status: 'pass',
    },
    {
      name: 'no norm for the packing machine; a blank one for the communication line',
      dossier: exampleWith((d) => {
        delete d.budget.lines[1].normReference;
        d.budget.lines[3].normReference = '  ';
      }),
      status: 'fail',
      vi: 'Chưa ghi căn cứ định mức chi (normReference) cho dòng dùng kinh phí khuyến công: Máy đóng gói bánh cáy (110.000.000 đồng); Tuyên truyền kết quả đề án (12.000.000 đồng).',
      en: 'No cost norm (normReference) is cited for these lines paid from khuyến công funds: Máy đóng gói bánh cáy (110,000,000 VND); Tuyên truyền kết quả đề án (12,000,000 VND).',
      remediation: ['normReference'],
      evidence: [
        {
          path: '@khuyenCongLinesWithoutNorm',
          value: [
            { label: 'Máy đóng gói bánh cáy', khuyenCong: 110000000, path: 'budget.lines[1].normReference' },
            { label: 'Tuyên truyền kết quả đề án', khuyenCong: 12000000, path: 'budget.lines[3].normReference' },
          ],
        },
      ],
    },
    {
      name: 'everything paid by the cooperative and the commune',
      dossier: exampleWith((d) => {
        for (const line of d.budget.lines) line.funding = { counterpart: line.amount };
        d.budget.lines[3].funding = { other: 12000000 };
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: dự toán không có dòng nào dùng kinh phí khuyến công.',
      en: 'Not applicable: no budget line is paid from khuyến công funds.',
      evidence: [{ path: '@khuyenCongLines', value: [] }],
    },
    {
      name: 'no line’s share is stated: whether any draws on khuyến công funds is unknown',
      dossier: exampleWith((d) => {
        for (const line of d.budget.lines) delete line.funding;
      }),
      status: 'incomplete',
      missing: ['budget.lines[0].funding.khuyenCong', 'budget.lines[1].funding.khuyenCong', 'budget.lines[2].funding.khuyenCong', 'budget.lines[3].funding.khuyenCong'],
      vi: { contains: ['Chưa xác định được các dòng dùng kinh phí khuyến công đã ghi căn cứ định mức chi chưa: hồ sơ chưa ghi budget.lines[0].funding.khuyenCong'] },
    },
    {
      name: 'a line without a norm whose share is not stated may be paid from khuyến công funds',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].normReference;
        delete d.budget.lines[2].funding;
      }),
      status: 'incomplete',
      missing: ['budget.lines[2].funding.khuyenCong'],
    },
    {
      name: 'no budget lines at all: not "no khuyến công line"',
      dossier: exampleWith((d) => {
        delete d.budget;
      }),
      status: 'incomplete',
      missing: ['budget.lines'],
    },
    {
      name: 'an explicitly empty budget is data',
      dossier: exampleWith((d) => {
        d.budget.lines = [];
      }),
      status: 'not-applicable',
    },
  ];

  runRuleTable(RULE, cases);
});
