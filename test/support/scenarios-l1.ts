import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';

/*
 * Lesson 1 scenarios: variations of the spec's example dossier about who takes
 * part in a project and whether each beneficiary asked for the support itself.
 * Like test/support/scenarios.ts, each builds a fresh copy with exampleWith, and
 * `extra` lets a test make one more change on top.
 */

type Change = (dossier: any) => void;

/** Evaluated after the 2025 reorganisation of the Ministry's agencies. */
export const AFTER_REFORM = { asOf: '2025-09-15' };

const noChange: Change = () => undefined;

/**
 * The example extended to three establishments of Thái Phương: the bánh cáy
 * cooperative (letter 2023-04-20) and two household businesses that asked for a
 * dough-rolling machine each (letters 2023-05-03 and 2023-05-12, the day the
 * dossier was submitted). Every letter is on time.
 */
export function threeBeneficiariesProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCQG-2024-08';
    dossier.title = 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến cho các cơ sở sản xuất bánh cáy xã Thái Phương';
    for (const line of dossier.budget.lines) line.beneficiary = 'HTX-THAIPHUONG';
    dossier.beneficiaries.push(
      {
        id: 'HKD-TRANMINH',
        name: 'Hộ kinh doanh Trần Văn Minh',
        kind: 'household-business',
        sector: '10790',
        location: { commune: 'Thái Phương', area: 'rural' },
        requestLetterOn: '2023-05-03',
        counterpartCommitted: 30000000,
        otherStateFunding: false,
      },
      {
        id: 'HKD-BALAN',
        name: 'Cơ sở bánh cáy Bà Lan',
        kind: 'household-business',
        sector: '10790',
        location: { commune: 'Thái Phương', area: 'craft-village' },
        requestLetterOn: '2023-05-12',
        counterpartCommitted: 30000000,
        otherStateFunding: false,
        womenOwned: true,
      },
    );
    for (const beneficiary of ['HKD-TRANMINH', 'HKD-BALAN']) {
      dossier.budget.lines.push({
        item: 'Máy cán bột bánh cáy',
        category: 'equipment',
        quantity: 1,
        unit: 'chiếc',
        unitCost: 60000000,
        amount: 60000000,
        funding: { khuyenCong: 30000000, counterpart: 30000000 },
        normReference: 'Thông tư 28/2018/TT-BTC, Điều 8',
        priceQuotes: 3,
        beneficiary,
      });
    }
    extra(dossier);
  });
}

/**
 * A 2024 local trade-fair project: the extension centre takes the province's
 * typical rural industrial products (bánh cáy among them) to a regional fair.
 * Its content does not call for a university or institute.
 */
export function tradeFairProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCĐP-2024-12';
    dossier.title = 'Tham gia Hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2024';
    dossier.contentType = 'trade-fair';
    dossier.engagements = dossier.engagements.filter((engagement: { party: string }) => engagement.party !== 'college');
    dossier.budget.lines = [
      {
        item: 'Thuê gian hàng tiêu chuẩn',
        category: 'other',
        quantity: 4,
        unit: 'gian',
        unitCost: 15000000,
        amount: 60000000,
        funding: { khuyenCong: 60000000 },
        normReference: 'Thông tư 28/2018/TT-BTC',
      },
    ];
    extra(dossier);
  });
}

/**
 * A 2024 cleaner-production project at the cooperative, with the Institute of
 * Environmental Technology assessing the process in place of the college.
 */
export function cleanerProductionProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCQG-2024-15';
    dossier.title = 'Đánh giá sản xuất sạch hơn tại Hợp tác xã bánh cáy Thái Phương';
    dossier.contentType = 'cleaner-production';
    dossier.engagements = dossier.engagements.filter((engagement: { party: string }) => engagement.party !== 'college');
    dossier.engagements.push({
      party: 'research-institute',
      name: 'Viện Công nghệ môi trường',
      type: 'coordination-agreement',
      reference: 'Hợp đồng tư vấn đánh giá sản xuất sạch hơn',
      date: '2024-02-26',
    });
    extra(dossier);
  });
}
