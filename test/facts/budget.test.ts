import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { vocationalTrainingProject } from '../support/scenarios.js';
import { factRun, factValue } from '../support/fact-value.js';

describe('budgetFundingTotals', () => {
  it('the example: 312 million of khuyến công funds, 470 million of counterpart funds, nothing else', () => {
    expect(factValue('budgetFundingTotals', exampleDossier())).toEqual({ khuyenCong: 312000000, counterpart: 470000000, other: 0 });
  });

  it('counts a line without funding, or a budget without lines, as 0', () => {
    const dossier = exampleWith((d) => {
      delete d.budget.lines[3].funding;
    });
    expect(factValue('budgetFundingTotals', dossier)).toEqual({ khuyenCong: 300000000, counterpart: 470000000, other: 0 });
    const noBudget = exampleWith((d) => {
      delete d.budget;
    });
    expect(factValue('budgetFundingTotals', noBudget)).toEqual({ khuyenCong: 0, counterpart: 0, other: 0 });
  });
});

describe('khuyenCongLines and khuyenCongLinesWithoutNorm', () => {
  it('the example: 3 lines paid from khuyến công funds, each citing a norm', () => {
    expect(factValue('khuyenCongLines', exampleDossier())).toEqual([
      { label: 'Máy nổ bỏng gạo tự động', khuyenCong: 190000000, normReference: 'Thông tư 28/2018/TT-BTC, Điều 8', path: 'budget.lines[0]' },
      { label: 'Máy đóng gói bánh cáy', khuyenCong: 110000000, normReference: 'Thông tư 28/2018/TT-BTC, Điều 8', path: 'budget.lines[1]' },
      { label: 'Tuyên truyền kết quả đề án', khuyenCong: 12000000, normReference: 'Thông tư 28/2018/TT-BTC', path: 'budget.lines[3]' },
    ]);
    expect(factValue('khuyenCongLinesWithoutNorm', exampleDossier())).toEqual([]);
  });

  it('a zero khuyến công part does not count; a blank norm counts as none', () => {
    const dossier = exampleWith((d) => {
      d.budget.lines[0].funding = { khuyenCong: 0, counterpart: 380000000 };
      delete d.budget.lines[0].normReference;
      d.budget.lines[1].normReference = ' ';
      delete d.budget.lines[3].item;
      delete d.budget.lines[3].normReference;
    });
    expect(factValue<{ path: string }[]>('khuyenCongLines', dossier).map((line) => line.path)).toEqual(['budget.lines[1]', 'budget.lines[3]']);
    expect(factValue('khuyenCongLinesWithoutNorm', dossier)).toEqual([
      { label: 'Máy đóng gói bánh cáy', khuyenCong: 110000000, path: 'budget.lines[1].normReference' },
      { label: 'budget.lines[3]', khuyenCong: 12000000, path: 'budget.lines[3].normReference' },
    ]);
  });
});

describe('linesWithOtherResources', () => {
  it('the example: the two machines and the workshop carry counterpart funds', () => {
    expect(factValue('linesWithOtherResources', exampleDossier())).toEqual([
      { label: 'Máy nổ bỏng gạo tự động', counterpart: 190000000, other: undefined, path: 'budget.lines[0].funding' },
      { label: 'Máy đóng gói bánh cáy', counterpart: 110000000, other: undefined, path: 'budget.lines[1].funding' },
      { label: 'Nhà xưởng đặt máy (đối ứng hiện vật)', counterpart: 170000000, other: undefined, path: 'budget.lines[2].funding' },
    ]);
  });

  it('counts other sources, and ignores zero parts', () => {
    const dossier = vocationalTrainingProject((d) => {
      d.budget.lines[0].funding = { khuyenCong: 30000000, other: 6000000, counterpart: 0 };
      d.budget.lines[1].funding = { khuyenCong: 28000000, counterpart: 0 };
    });
    expect(factValue('linesWithOtherResources', dossier)).toEqual([
      { label: 'Thù lao giáo viên dạy nghề', counterpart: 0, other: 6000000, path: 'budget.lines[0].funding' },
    ]);
  });
});

describe('budgetLineCount', () => {
  it('counts the lines; an empty list is 0, decided; no lines is noted, not read as 0', () => {
    expect(factRun('budgetLineCount', exampleDossier()).missing).toEqual([]);
    expect(factRun('budgetLineCount', exampleWith((d) => (d.budget.lines = [])))).toEqual({ value: 0, missing: [] });
    expect(factRun('budgetLineCount', exampleWith((d) => delete d.budget))).toEqual({ value: undefined, missing: [{ path: 'budget.lines' }] });
  });
});
