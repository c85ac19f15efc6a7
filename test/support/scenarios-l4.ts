import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';
import { withoutParties } from './scenarios.js';

/*
 * Scenarios for lesson 4 (beneficiaries and sectors fit the plan), built like
 * those of scenarios.ts: each starts from a fresh copy of the spec's example.
 */

type Change = (dossier: any) => void;

const noChange: Change = () => undefined;

export const ARTISAN = 'Nghệ nhân Đỗ Văn Sáu';
export const URBAN_HOUSEHOLD = 'Hộ kinh doanh bánh cáy Phạm Thị Lan';
export const COOPERATIVE = 'Hợp tác xã bánh cáy Thái Phương';
export const PROVINCIAL_PLAN = 'Quy hoạch tỉnh Thái Bình thời kỳ 2021–2030, tầm nhìn đến năm 2050';
export const CRAFT_VILLAGE_PLAN = 'Kế hoạch phát triển làng nghề tỉnh Thái Bình giai đoạn 2021–2025';
/** The day before and the day Nghị định 235/2025 widens the beneficiaries, as read from the legal data. */
export const BEFORE_WIDENING = { asOf: '2025-11-20', referenceDate: '2025-10-14' };
export const ON_WIDENING = { asOf: '2025-11-20', referenceDate: '2025-10-15' };

/**
 * A national advanced-machinery project in Hưng Yên (formerly Thái Bình)
 * approved on 2025-10-20, just after Nghị định 235/2025 widened the
 * beneficiaries: a silversmith artisan of the Đồng Xâm craft village, and a
 * bánh cáy household business in a ward of the provincial city (an urban
 * area). Under the law of 2025-10-14 neither would be eligible; from
 * 2025-10-15 both are.
 */
export function artisanAndUrbanHouseholdProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'HY-KCQG-2025-12';
    dossier.title = 'Hỗ trợ máy móc thiết bị cho nghệ nhân chạm bạc Đồng Xâm và hộ sản xuất bánh cáy phường Trần Lãm';
    dossier.stage = 'approved';
    dossier.location = { province: 'Hưng Yên', commune: 'Đồng Xâm', area: 'craft-village' };
    dossier.submittedOn = '2025-09-10';
    dossier.approvedOn = '2025-10-20';
    dossier.period = { start: '2025-11-01', end: '2026-06-30' };
    delete dossier.results; // not started: nothing accepted yet
    withoutParties(dossier, 'district-peoples-committee');
    delete dossier.implementation;
    dossier.coordinatingUnits = [];
    dossier.beneficiaries = [
      {
        id: 'NN-DONGXAM-01',
        name: ARTISAN,
        kind: 'artisan',
        sector: '32110',
        location: { commune: 'Đồng Xâm', area: 'craft-village' },
        requestLetterOn: '2025-08-25',
        counterpartCommitted: 150000000,
        otherStateFunding: false,
      },
      {
        id: 'HKD-TRANLAM-01',
        name: URBAN_HOUSEHOLD,
        kind: 'household-business',
        sector: '10790',
        location: { commune: 'phường Trần Lãm', area: 'urban' },
        requestLetterOn: '2025-08-28',
        counterpartCommitted: 120000000,
        otherStateFunding: false,
        womenOwned: true,
      },
    ];
    extra(dossier);
  });
}
