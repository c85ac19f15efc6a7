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

describe('a funding part the dossier does not give', () => {
  it('is 0 only when the parts given make up the amount; never for a line with no funding or no amount', () => {
    const dossier = exampleWith((d) => {
      d.budget.lines[0].funding = { counterpart: 380000000 };
      d.budget.lines[1] = { item: 'Máy đóng gói bánh cáy', category: 'equipment', quantity: 1, unitCost: 0, amount: 0 };
      d.budget.lines[2] = { item: 'Nhà xưởng', category: 'facilities', funding: { counterpart: 170000000 } };
      d.budget.lines[3].funding = { counterpart: 2000000 };
    });
    expect(factRun('khuyenCongLines', dossier)).toEqual({
      value: [],
      missing: [
        { path: 'budget.lines[1].funding.khuyenCong', label: 'Máy đóng gói bánh cáy' },
        { path: 'budget.lines[2].funding.khuyenCong', label: 'Nhà xưởng' },
        { path: 'budget.lines[3].funding.khuyenCong', label: 'Tuyên truyền kết quả đề án' },
      ],
    });
  });
});

describe('khuyenCongLinesWithoutNorm, when a line does not tell its khuyến công part', () => {
  it('notes the part for a line without a norm, and does not list it', () => {
    const dossier = exampleWith((d) => {
      delete d.budget.lines[3].normReference;
      d.budget.lines[3].funding = { counterpart: 2000000 };
    });
    expect(factRun('khuyenCongLinesWithoutNorm', dossier)).toEqual({ value: [], missing: [{ path: 'budget.lines[3].funding.khuyenCong', label: 'Tuyên truyền kết quả đề án' }] });
  });
});

describe('linesWithOtherResources, when untold parts matter', () => {
  it('notes the untold parts only when no line is known to draw on other resources', () => {
    const untold = exampleWith((d) => (d.budget.lines[3].funding = { khuyenCong: 6000000 }));
    expect(factRun('linesWithOtherResources', untold).missing).toEqual([]);
    const none = exampleWith((d) => {
      d.budget.lines = [d.budget.lines[3]];
      d.budget.lines[0].funding = { khuyenCong: 6000000 };
    });
    expect(factRun('linesWithOtherResources', none)).toEqual({
      value: [],
      missing: [
        { path: 'budget.lines[0].funding.counterpart', label: 'Tuyên truyền kết quả đề án' },
        { path: 'budget.lines[0].funding.other', label: 'Tuyên truyền kết quả đề án' },
      ],
    });
  });
});

describe('budgetLinesNotAddingUp', () => {
  const run = (change: (line: any) => void) => factRun('budgetLinesNotAddingUp', exampleWith((d) => change(d.budget.lines[3])));

  it('the example adds up', () => {
    expect(factRun('budgetLinesNotAddingUp', exampleDossier())).toEqual({ value: [], missing: [] });
  });

  it('lists a line whose amount is not quantity × unit cost, or whose parts do not make up the amount', () => {
    expect(run((line) => (line.amount = 13000000)).value).toEqual([
      { label: 'Tuyên truyền kết quả đề án', quantity: 1, unitCost: 12000000, amount: 13000000, expectedAmount: 12000000, fundingTotal: undefined, amountMismatch: true, fundingMismatch: false, path: 'budget.lines[3]' },
    ]);
    expect(run((line) => (line.funding = { khuyenCong: 10000000, counterpart: 1000000, other: 0 })).value).toEqual([
      { label: 'Tuyên truyền kết quả đề án', quantity: 1, unitCost: 12000000, amount: 12000000, expectedAmount: 12000000, fundingTotal: 11000000, amountMismatch: false, fundingMismatch: true, path: 'budget.lines[3]' },
    ]);
  });

  it('does not list a line whose every part is given and adds up', () => {
    expect(run((line) => (line.funding = { khuyenCong: 10000000, counterpart: 2000000, other: 0 }))).toEqual({ value: [], missing: [] });
  });

  it('checks no figure it is not given, and notes it', () => {
    expect(run((line) => delete line.quantity)).toEqual({ value: [], missing: [{ path: 'budget.lines[3].quantity', label: 'Tuyên truyền kết quả đề án' }] });
    expect(run((line) => delete line.amount)).toEqual({ value: [], missing: [{ path: 'budget.lines[3].amount', label: 'Tuyên truyền kết quả đề án' }] });
  });
});

describe('equipmentLines and equipmentLinesShortOfQuotes', () => {
  it('lists the equipment lines with their quotes and amounts', () => {
    expect(factValue('equipmentLines', exampleDossier())).toEqual([
      { label: 'Máy nổ bỏng gạo tự động', priceQuotes: 3, amount: 380000000, path: 'budget.lines[0]' },
      { label: 'Máy đóng gói bánh cáy', priceQuotes: 2, amount: 220000000, path: 'budget.lines[1]' },
    ]);
  });

  it('lists a line with fewer quotes than the minimum; one that states none is noted, not listed', () => {
    const dossier = exampleWith((d) => delete d.budget.lines[0].priceQuotes);
    expect(factRun('equipmentLinesShortOfQuotes', dossier, { params: { minimum: 3 } })).toEqual({
      value: [{ label: 'Máy đóng gói bánh cáy', priceQuotes: 2, path: 'budget.lines[1].priceQuotes' }],
      missing: [{ path: 'budget.lines[0].priceQuotes', label: 'Máy nổ bỏng gạo tự động' }],
    });
    expect(factRun('equipmentLinesShortOfQuotes', exampleDossier(), { params: { minimum: 2 } })).toEqual({ value: [], missing: [] });
  });
});
