import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';

/*
 * Lesson 5 scenarios: variations of the spec's example dossier about the
 * implementation plan, supervision and the budget. Like test/support/scenarios.ts,
 * each builds a fresh copy with exampleWith, and `extra` lets a test make one
 * more change on top.
 */

type Change = (dossier: any) => void;

const noChange: Change = () => undefined;

/**
 * The example with a second establishment: Đức Hạnh, a household business of
 * Thái Phương that gets a glutinous-rice dough mixer (400 million VND, half from
 * khuyến công funds) on a line of its own. Every line names its beneficiary;
 * both establishments commit their counterpart funds in full (470 + 200 million).
 */
export function twoBeneficiariesProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCQG-2024-09';
    dossier.title = 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến cho hai cơ sở sản xuất bánh cáy xã Thái Phương';
    for (const line of dossier.budget.lines.slice(0, 3)) line.beneficiary = 'HTX-THAIPHUONG';
    dossier.beneficiaries.push({
      id: 'HKD-DUCHANH',
      name: 'Hộ kinh doanh bánh cáy Đức Hạnh',
      kind: 'household-business',
      sector: '10790',
      location: { commune: 'Thái Phương', area: 'rural' },
      requestLetterOn: '2023-05-03',
      counterpartCommitted: 200000000,
      otherStateFunding: false,
    });
    dossier.coordinatingUnits.push({ name: 'Hộ kinh doanh bánh cáy Đức Hạnh', role: 'investor', beneficiary: 'HKD-DUCHANH' });
    dossier.budget.lines.push({
      item: 'Máy trộn bột nếp',
      category: 'equipment',
      quantity: 1,
      unit: 'chiếc',
      unitCost: 400000000,
      amount: 400000000,
      funding: { khuyenCong: 200000000, counterpart: 200000000 },
      normReference: 'Thông tư 28/2018/TT-BTC, Điều 8',
      priceQuotes: 3,
      beneficiary: 'HKD-DUCHANH',
    });
    extra(dossier);
  });
}

/**
 * The example as one complete technology line: the puffing line (700 million)
 * and the packing machine (220 million) are both flagged `technologyLine`, and
 * khuyến công funds pay 440 million of the 920 million — above the single
 * machinery cap of 300 million, within 1.5 × that cap. The cooperative commits
 * the 650 million of counterpart funds the budget now needs.
 */
export function technologyLineProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    const [puffing, packing] = dossier.budget.lines;
    Object.assign(puffing, {
      item: 'Dây chuyền nổ bỏng gạo tự động',
      unitCost: 700000000,
      amount: 700000000,
      funding: { khuyenCong: 330000000, counterpart: 370000000 },
      technologyLine: true,
    });
    packing.technologyLine = true;
    dossier.beneficiaries[0].counterpartCommitted = 650000000;
    extra(dossier);
  });
}

/** The example as a technical demonstration model (support capped per model, the whole project being one model). */
export function demonstrationModelProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.contentType = 'demonstration-model';
    dossier.title = 'Xây dựng mô hình trình diễn kỹ thuật sản xuất bánh cáy bằng máy nổ bỏng gạo tự động';
    extra(dossier);
  });
}

/** Every funding part of every budget line moved to khuyến công funds (no counterpart, no other source). */
export function allKhuyenCong(dossier: any): void {
  for (const line of dossier.budget.lines) line.funding = { khuyenCong: line.amount };
}

