import type { Severity } from '../schema/rule-set.js';

/** How findings turn into a score and a verdict. Every figure can be overridden by the host. */
export interface ScoringOptions {
  /** Weight of an applicable rule of each severity in its lesson's score. Default: critical 10, major 5, minor 2, info 0. */
  severityWeights: Record<Severity, number>;
  /** `ready` needs at least this score (and no failed critical or major rule). Default 80. */
  readyAt: number;
  /** Below this score the verdict is `not-ready` (as it is when a critical rule fails). Default 50. */
  notReadyBelow: number;
}

export const DEFAULT_SCORING: Readonly<ScoringOptions> = Object.freeze({
  severityWeights: Object.freeze({ critical: 10, major: 5, minor: 2, info: 0 }),
  readyAt: 80,
  notReadyBelow: 50,
});
