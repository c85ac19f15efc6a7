import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { evaluator } from '../../support/evaluate.js';
import { vocationalTrainingProject } from '../../support/scenarios.js';

describe('L5-market-prices', () => {
  const RULE = 'L5-market-prices';
  const cases: RuleCase[] = [
    {
      name: 'the example: the packing machine has only 2 quotes',
      dossier: exampleDossier(),
      status: 'fail',
      vi: 'Máy đóng gói bánh cáy có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: { contains: ['Máy đóng gói bánh cáy has 2 price quotes', 'at least 3 are required for each item of equipment'] },
      remediation: ['Thu thập đủ 3 báo giá độc lập', 'priceQuotes'],
      evidence: [
        {
          path: '@equipmentLinesShortOfQuotes',
          value: [{ label: 'Máy đóng gói bánh cáy', priceQuotes: 2, path: 'budget.lines[1].priceQuotes' }],
        },
      ],
    },
    {
      name: 'a third quote for the packing machine',
      dossier: exampleWith((d) => {
        d.budget.lines[1].priceQuotes = 3;
      }),
      status: 'pass',
      vi: 'Các dòng thiết bị (2) đều có ít nhất 3 báo giá.',
      en: 'Every equipment line (2 in all) has at least 3 price quotes.',
      evidence: [{ path: '@equipmentLinesShortOfQuotes', value: [] }],
    },
    {
      name: 'one machine with 0 quotes (data), the other with 3',
      dossier: exampleWith((d) => {
        d.budget.lines[0].priceQuotes = 0;
        d.budget.lines[1].priceQuotes = 3;
      }),
      status: 'fail',
      vi: 'Máy nổ bỏng gạo tự động có 0 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: 'Máy nổ bỏng gạo tự động has 0 price quotes; at least 3 are required for each item of equipment.',
      evidence: [{ path: '@equipmentLinesShortOfQuotes', value: [{ label: 'Máy nổ bỏng gạo tự động', priceQuotes: 0, path: 'budget.lines[0].priceQuotes' }] }],
    },
    {
      name: 'a machine with no number of quotes stated is not "0 quotes": incomplete, naming the line',
      dossier: exampleWith((d) => {
        delete d.budget.lines[1].priceQuotes;
      }),
      status: 'incomplete',
      missing: ['budget.lines[1].priceQuotes'],
      vi: 'Chưa xác định được các thiết bị đã có đủ báo giá chưa: hồ sơ chưa ghi budget.lines[1].priceQuotes (Máy đóng gói bánh cáy) (danh sách dòng dự toán budget.lines; với từng dòng thiết bị, số báo giá priceQuotes); cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: 'Cannot tell whether every item of equipment has enough price quotes: the dossier does not give budget.lines[1].priceQuotes (Máy đóng gói bánh cáy) (the budget lines, budget.lines; for each equipment line, its number of price quotes, priceQuotes); at least 3 are required for each item of equipment.',
      evidence: [{ path: '@equipmentLinesShortOfQuotes', value: [], missing: ['budget.lines[1].priceQuotes'] }],
    },
    {
      name: 'an unnamed equipment line is named by its place in the budget',
      dossier: exampleWith((d) => {
        delete d.budget.lines[1].item;
      }),
      status: 'fail',
      vi: 'budget.lines[1] có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
    },
    {
      name: 'a single quote: the English message uses the singular',
      dossier: exampleWith((d) => {
        d.budget.lines[1].priceQuotes = 1;
      }),
      status: 'fail',
      vi: 'Máy đóng gói bánh cáy có 1 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.',
      en: { contains: ['Máy đóng gói bánh cáy has 1 price quote;'] },
    },
    {
      name: 'a training project: no equipment lines',
      dossier: vocationalTrainingProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: dự toán không có dòng máy móc, thiết bị.',
      en: 'Not applicable: the budget has no equipment lines.',
      evidence: [{ path: '@equipmentLines', value: [] }],
    },
  ];

  runRuleTable(RULE, cases);

  it('the example’s failure is the only L5 failure and costs 1.4 of the 100 points', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const failed = report.findings.filter((finding) => finding.lesson === 'L5' && finding.status === 'fail').map((finding) => finding.ruleId);
    expect(failed).toEqual([RULE]);
    // 100 points / 5 lessons × weight 5 (major) / 71 (the weights of L5's thirteen rules, all applicable to the example)
    const { vi } = await runRuleCase(RULE, { name: 'example', dossier: exampleDossier(), status: 'fail' });
    expect(vi.impact).toEqual({ weight: 5, points: 1.4, pointsLost: 1.4 });
  });
});
