import { createEvaluator, type Evaluator, type LocalNormsInput } from '../../src/index.js';

/**
 * Provincial norms for the tests. The figures are the contract's illustration (machinery 50 % up
 * to 250 million per establishment; a demonstration model 30 % up to 800 million), not a
 * resolution read: a test must not pass for a real province's levels it never checked.
 */
export function thaiBinhNorms(change: (norms: LocalNormsInput) => void = () => {}): LocalNormsInput {
  const norms: LocalNormsInput = {
    format: 'khuyencong.local-norms/1',
    province: 'Thái Bình',
    source: 'Nghị quyết 01/2023/NQ-HĐND tỉnh Thái Bình (ví dụ kiểm thử)',
    verified: false,
    effectiveFrom: '2023-01-01',
    effectiveTo: null,
    caps: {
      'advanced-equipment': { percent: 50, maxVnd: 250000000, per: 'establishment' },
      'demonstration-model': { percent: 30, maxVnd: 800000000, per: 'model' },
    },
  };
  change(norms);
  return norms;
}

/** An evaluator holding these norms (an evaluator is built once per set of options, as a host would). */
export function evaluatorWithNorms(...localNorms: LocalNormsInput[]): Evaluator {
  return createEvaluator({ localNorms });
}
