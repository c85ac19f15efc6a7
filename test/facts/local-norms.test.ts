import { describe, expect, it } from 'vitest';
import { localNormsInForce } from '../../src/facts/legal/local-norms-in-force.js';
import type { LocalNorms } from '../../src/index.js';
import { factContext } from '../support/context.js';
import { localProject } from '../support/scenarios.js';
import { thaiBinhNorms } from '../support/local-norms.js';

const norms = (change: (norms: LocalNorms) => void) => thaiBinhNorms(change as never) as LocalNorms;

/** The norms that hold a local project in `province` on `referenceDate` to a machinery cap. */
function normsFor(province: string, referenceDate: string, list: LocalNorms[]): LocalNorms | undefined {
  const context = { ...factContext(localProject(), { referenceDate }), localNorms: list };
  return localNormsInForce(context, province, 'advanced-equipment');
}

describe('localNormsInForce', () => {
  const haiDuong = norms((n) => (n.province = 'Hải Dương'));
  const haiPhong2025 = norms((n) => {
    n.province = 'Thành phố Hải Phòng';
    n.effectiveFrom = '2025-09-01';
  });

  it('matches the province as officials write it, on the days the norms are in force', () => {
    expect(normsFor('Tỉnh Hải Dương', '2024-05-01', [haiDuong])).toBe(haiDuong);
    expect(normsFor('Hải Dương', '2022-12-31', [haiDuong])).toBeUndefined();
    expect(normsFor('Hải Dương', '2024-05-01', [norms((n) => {
      n.province = 'Hải Dương';
      n.effectiveTo = '2024-04-30';
    })])).toBeUndefined();
  });

  it('after the 2025 mergers, a project written with the former name takes the later of its old and its new province’s norms', () => {
    expect(normsFor('Hải Dương', '2025-08-01', [haiDuong, haiPhong2025])).toBe(haiDuong);
    expect(normsFor('Hải Dương', '2025-10-01', [haiDuong, haiPhong2025])).toBe(haiPhong2025);
    // Written with the new name, the project may lie in either part: only the new province's norms are its own.
    expect(normsFor('Hải Phòng', '2025-08-01', [haiDuong])).toBeUndefined();
  });

  it('needs a cap for the content type', () => {
    expect(normsFor('Hải Dương', '2024-05-01', [norms((n) => {
      n.province = 'Hải Dương';
      delete n.caps['advanced-equipment'];
    })])).toBeUndefined();
  });
});
