import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft, vocationalTrainingProject } from '../../support/scenarios.js';

describe('L5-budget-arithmetic', () => {
  const RULE = 'L5-budget-arithmetic';
  const cases: RuleCase[] = [
    {
      name: 'the example: all 4 lines add up',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các dòng dự toán (4) đều có thành tiền bằng số lượng × đơn giá và các nguồn vốn cộng đúng.',
      en: 'Every budget line (4 in all) has amount = quantity × unit cost and funding parts that add up.',
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [] }],
    },
    {
      name: 'a training budget with hourly rates',
      dossier: vocationalTrainingProject(),
      status: 'pass',
      vi: { contains: ['Các dòng dự toán (2)'] },
    },
    {
      name: 'two packing machines, but the amount is that of one (amount ≠ quantity × unitCost)',
      dossier: exampleWith((d) => {
        d.budget.lines[1].quantity = 2;
      }),
      status: 'fail',
      vi: 'Dự toán chưa khớp: Máy đóng gói bánh cáy: thành tiền 220.000.000 đồng nhưng số lượng × đơn giá = 440.000.000 đồng.',
      en: 'The budget does not add up: Máy đóng gói bánh cáy: amount 220,000,000 VND but quantity × unit cost = 440,000,000 VND.',
      remediation: ['thành tiền = số lượng × đơn giá'],
      evidence: [
        {
          path: '@budgetLinesNotAddingUp',
          value: [
            expect.objectContaining({
              label: 'Máy đóng gói bánh cáy',
              path: 'budget.lines[1]',
              quantity: 2,
              unitCost: 220000000,
              amount: 220000000,
              expectedAmount: 440000000,
              amountMismatch: true,
              fundingMismatch: false,
            }),
          ],
        },
      ],
    },
    {
      name: 'funding parts 110 + 100 + 0 million for a 220-million line',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding.counterpart = 100000000;
        d.budget.lines[1].funding.other = 0;
      }),
      status: 'fail',
      vi: 'Dự toán chưa khớp: Máy đóng gói bánh cáy: các nguồn vốn cộng lại 210.000.000 đồng, khác thành tiền 220.000.000 đồng.',
      en: { contains: ['funding parts total 210,000,000 VND, not the amount 220,000,000 VND'] },
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [expect.objectContaining({ fundingTotal: 210000000, fundingMismatch: true })] }],
    },
    {
      name: 'funding parts above the amount fail whatever the untold part',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding.counterpart = 120000000;
      }),
      status: 'fail',
      vi: { contains: ['các nguồn vốn cộng lại 230.000.000 đồng, khác thành tiền 220.000.000 đồng'] },
    },
    {
      name: 'funding parts 110 + 100 million with the other part untold: it could make up the 10 million',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding.counterpart = 100000000;
      }),
      status: 'incomplete',
      missing: ['budget.lines[1].funding.other'],
      vi: 'Chưa kiểm tra được dự toán: hồ sơ chưa ghi budget.lines[1].funding.other (Máy đóng gói bánh cáy) (các dòng dự toán, mỗi dòng với số lượng, đơn giá, thành tiền và các nguồn vốn).',
      en: 'The budget cannot be checked: the dossier does not give budget.lines[1].funding.other (Máy đóng gói bánh cáy) (the budget lines, each with its quantity, unit cost, amount and funding parts).',
    },
    {
      name: 'a line without a unit cost: incomplete, naming the field as people read paths and the line',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].unitCost;
      }),
      status: 'incomplete',
      missing: ['budget.lines[2].unitCost'],
      vi: { contains: ['budget.lines[2].unitCost (Nhà xưởng đặt máy (đối ứng hiện vật))'] },
      remediation: ['Bổ sung vào hồ sơ: budget.lines[2].unitCost'],
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [] }],
      check: (findings) => expect(findings.vi.evidence).toContainEqual(expect.objectContaining({ path: '@budgetLinesNotAddingUp', missing: ['budget.lines[2].unitCost'] })),
    },
    {
      name: 'a line whose amount is wrong fails even though another line lacks its unit cost',
      dossier: exampleWith((d) => {
        delete d.budget.lines[2].unitCost;
        d.budget.lines[0].amount = 390000000;
        d.budget.lines[0].funding.counterpart = 200000000;
      }),
      status: 'fail',
      vi: 'Dự toán chưa khớp: Máy nổ bỏng gạo tự động: thành tiền 390.000.000 đồng nhưng số lượng × đơn giá = 380.000.000 đồng.',
      evidence: [{ path: '@budgetLinesNotAddingUp', value: [expect.objectContaining({ path: 'budget.lines[0]', amountMismatch: true })] }],
    },
    {
      name: 'a proposal draft without a budget: not stated is not "no lines"',
      dossier: proposalDraft((d) => {
        delete d.budget;
      }),
      status: 'incomplete',
      missing: ['budget.lines'],
      en: { contains: ['The budget cannot be checked: the dossier does not give budget.lines (the budget lines'] },
    },
    {
      name: 'a budget with an empty list of lines',
      dossier: exampleWith((d) => {
        d.budget.lines = [];
      }),
      status: 'not-applicable',
    },
  ];

  runRuleTable(RULE, cases);
});
