import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { proposalDraft, vocationalTrainingProject } from '../../support/scenarios.js';
import { allKhuyenCong } from '../../support/scenarios-l5.js';

describe('L5-other-resources', () => {
  const RULE = 'L5-other-resources';
  const cases: RuleCase[] = [
    {
      name: 'the example: 470 million of counterpart funds on 3 lines',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Ngoài kinh phí khuyến công, dự toán huy động vốn đối ứng 470.000.000 đồng và nguồn khác 0 đồng, trên 3 dòng: Máy nổ bỏng gạo tự động; Máy đóng gói bánh cáy; Nhà xưởng đặt máy (đối ứng hiện vật).',
      en: 'Besides khuyến công funds, the budget draws in 470,000,000 VND of counterpart funds and 0 VND from other sources, on 3 lines: Máy nổ bỏng gạo tự động; Máy đóng gói bánh cáy; Nhà xưởng đặt máy (đối ứng hiện vật).',
      evidence: [{ path: '@linesWithOtherResources', value: expect.arrayContaining([expect.objectContaining({ path: 'budget.lines[2].funding' })]) }],
    },
    {
      name: 'a training course whose only other resource is the commune hall',
      dossier: vocationalTrainingProject((d) => {
        allKhuyenCong(d);
        d.budget.lines.push({
          item: 'Hội trường UBND xã (địa phương bố trí)',
          category: 'facilities',
          quantity: 1,
          unit: 'gói',
          unitCost: 5000000,
          amount: 5000000,
          funding: { other: 5000000 },
        });
      }),
      status: 'pass',
      en: 'Besides khuyến công funds, the budget draws in 0 VND of counterpart funds and 5,000,000 VND from other sources, on 1 line: Hội trường UBND xã (địa phương bố trí).',
    },
    {
      name: 'a training course paid entirely from khuyến công funds',
      dossier: vocationalTrainingProject(allKhuyenCong),
      status: 'fail',
      vi: 'Không dòng dự toán nào (2 dòng) có vốn đối ứng (funding.counterpart) hay nguồn khác (funding.other); kinh phí khuyến công đề nghị là 64.000.000 đồng.',
      en: 'No budget line (2 in all) has counterpart (funding.counterpart) or other (funding.other) funding; the khuyến công funding requested is 64,000,000 VND.',
      remediation: ['funding.counterpart', 'funding.other'],
      evidence: [{ path: '@linesWithOtherResources', value: [] }],
    },
    {
      name: 'a proposal draft without a budget: not stated is not "no lines"',
      dossier: proposalDraft((d) => {
        delete d.budget;
      }),
      status: 'incomplete',
      missing: ['budget.lines'],
      vi: 'Chưa xác định được dự toán có huy động vốn đối ứng hay nguồn khác không: hồ sơ chưa ghi budget.lines (các dòng dự toán và nguồn vốn của từng dòng: funding.counterpart, funding.other).',
    },
    {
      name: 'a budget with an empty list of lines',
      dossier: exampleWith((d) => {
        d.budget.lines = [];
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa có dòng dự toán kinh phí nào.',
      en: 'Not applicable: the dossier has no budget lines.',
      evidence: [{ path: '@budgetLineCount', value: 0 }],
    },
    {
      name: 'khuyến công lines whose counterpart and other parts are not told: cannot tell',
      dossier: vocationalTrainingProject((d) => {
        allKhuyenCong(d);
        d.budget.lines[0].funding.khuyenCong -= 4000000;
      }),
      status: 'incomplete',
      missing: ['budget.lines[0].funding.counterpart', 'budget.lines[0].funding.other'],
    },
  ];

  runRuleTable(RULE, cases);
});
