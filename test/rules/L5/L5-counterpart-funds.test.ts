import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft } from '../../support/scenarios.js';
import { twoBeneficiariesProject } from '../../support/scenarios-l5.js';

describe('L5-counterpart-funds', () => {
  const RULE = 'L5-counterpart-funds';
  const cases: RuleCase[] = [
    {
      name: 'the example: 470 million committed for 470 million budgeted',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các cơ sở thụ hưởng cam kết vốn đối ứng 470.000.000 đồng, đủ cho phần vốn đối ứng trong dự toán (470.000.000 đồng).',
      en: 'The beneficiaries have committed 470,000,000 VND of counterpart funds, covering the counterpart funding in the budget (470,000,000 VND).',
      evidence: [
        { path: '@counterpartCommittedTotal', value: 470000000 },
        { path: '@budgetFundingTotals.counterpart', value: 470000000 },
      ],
      check: ({ vi }) =>
        expect(vi.references[1]).toEqual(
          expect.objectContaining({ kind: 'law', citation: expect.stringContaining('26/2014/TTLT-BTC-BCT, Điều 7'), verified: true }),
        ),
    },
    {
      name: 'two establishments: 470 + 200 million committed',
      dossier: twoBeneficiariesProject(),
      status: 'pass',
      vi: { contains: ['cam kết vốn đối ứng 670.000.000 đồng', '(670.000.000 đồng)'] },
    },
    {
      name: 'the cooperative commits 400 million only',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].counterpartCommitted = 400000000;
      }),
      status: 'fail',
      vi: 'Các cơ sở thụ hưởng mới cam kết 400.000.000 đồng vốn đối ứng, ít hơn phần vốn đối ứng trong dự toán 470.000.000 đồng (thiếu 70.000.000 đồng).',
      en: 'The beneficiaries have committed 400,000,000 VND of counterpart funds, less than the 470,000,000 VND of counterpart funding in the budget (short by 70,000,000 VND).',
      remediation: ['counterpartCommitted', '470.000.000 đồng', 'funding.counterpart'],
      evidence: [{ path: '@counterpartCommittedTotal', value: 400000000 }],
    },
    {
      name: 'the second establishment states no commitment: not read as 0, so the check waits for it',
      dossier: twoBeneficiariesProject((d) => {
        delete d.beneficiaries[1].counterpartCommitted;
      }),
      status: 'incomplete',
      missing: ['beneficiaries[1].counterpartCommitted'],
      vi: 'Chưa đối chiếu được vốn đối ứng: hồ sơ chưa ghi beneficiaries[1].counterpartCommitted (Hộ kinh doanh bánh cáy Đức Hạnh) (với từng cơ sở thụ hưởng, số vốn đối ứng cam kết counterpartCommitted, ghi 0 nếu không có; với từng dòng dự toán, phần vốn đối ứng funding.counterpart).',
      en: 'Cannot check the counterpart funds: the dossier does not give beneficiaries[1].counterpartCommitted (Hộ kinh doanh bánh cáy Đức Hạnh) (for each beneficiary, the counterpart funds it commits, counterpartCommitted, 0 if none; for each budget line, its counterpart share, funding.counterpart).',
    },
    {
      name: 'the second establishment commits 0: data, so the budget is short',
      dossier: twoBeneficiariesProject((d) => {
        d.beneficiaries[1].counterpartCommitted = 0;
      }),
      status: 'fail',
      vi: 'Các cơ sở thụ hưởng mới cam kết 470.000.000 đồng vốn đối ứng, ít hơn phần vốn đối ứng trong dự toán 670.000.000 đồng (thiếu 200.000.000 đồng).',
      en: { contains: ['(short by 200,000,000 VND).'] },
    },
    {
      name: 'an empty list of beneficiaries',
      dossier: exampleWith((d) => {
        d.beneficiaries = [];
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa kê khai cơ sở thụ hưởng nào.',
      en: 'Not applicable: the dossier lists no beneficiaries.',
      evidence: [{ path: '@beneficiaryCount', value: 0 }],
    },
    {
      name: 'beneficiaries but no budget yet',
      dossier: proposalDraft((d) => {
        delete d.budget;
      }),
      status: 'incomplete',
      missing: ['budget.lines'],
      vi: 'Chưa đối chiếu được vốn đối ứng: hồ sơ chưa ghi budget.lines (với từng cơ sở thụ hưởng, số vốn đối ứng cam kết counterpartCommitted, ghi 0 nếu không có; với từng dòng dự toán, phần vốn đối ứng funding.counterpart).',
      en: 'Cannot check the counterpart funds: the dossier does not give budget.lines (for each beneficiary, the counterpart funds it commits, counterpartCommitted, 0 if none; for each budget line, its counterpart share, funding.counterpart).',
    },
    {
      name: 'an advanced-machinery dossier with no beneficiaries list: whose counterpart is it?',
      dossier: exampleWith((d) => {
        delete d.beneficiaries;
        delete d.coordinatingUnits;
      }),
      status: 'incomplete',
      missing: ['beneficiaries'],
      en: 'Cannot check the counterpart funds: the dossier does not give beneficiaries (for each beneficiary, the counterpart funds it commits, counterpartCommitted, 0 if none; for each budget line, its counterpart share, funding.counterpart).',
    },
  ];

  runRuleTable(RULE, cases);
});
