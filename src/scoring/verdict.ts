import type { FindingStatus, Verdict, VerdictReasonCode } from '../schema/report.js';
import type { Severity } from '../schema/rule-set.js';
import type { ScoringOptions } from './options.js';

/** What the verdict needs to know of a finding. */
export interface VerdictItem {
  ruleId?: string;
  severity: Severity;
  status: FindingStatus;
}

/** One reason for a verdict, before it is worded: the rules it is about, or the score and its threshold. */
export interface VerdictReasonFacts {
  code: VerdictReasonCode;
  ruleIds?: string[];
  score?: number;
  threshold?: number;
}

/**
 * The verdict of docs/scoring.md on the rounded score, with every reason that keeps the dossier
 * from being ready, most decisive first (`all-clear` alone when it is ready).
 * `not-ready`: an applicable critical rule fails, or the score is below `notReadyBelow`;
 * `ready`: the score reaches `readyAt` and no critical or major rule fails or is incomplete;
 * `needs-work`: otherwise, so a critical rule that is only incomplete is not `not-ready`.
 */
export function decideVerdict(items: readonly VerdictItem[], score: number, options: ScoringOptions): { verdict: Verdict; reasons: VerdictReasonFacts[] } {
  const ruleIds = (severity: Severity, status: FindingStatus) =>
    items.filter((item) => item.severity === severity && item.status === status).map((item) => item.ruleId ?? severity);
  const reasons: VerdictReasonFacts[] = [];
  const about = (code: VerdictReasonCode, ids: string[]) => {
    if (ids.length > 0) reasons.push({ code, ruleIds: ids });
  };
  about('critical-fail', ruleIds('critical', 'fail'));
  if (score < options.notReadyBelow) reasons.push({ code: 'score-below-not-ready', score, threshold: options.notReadyBelow });
  const notReady = reasons.length > 0;
  about('critical-incomplete', ruleIds('critical', 'incomplete'));
  about('major-fail', ruleIds('major', 'fail'));
  about('major-incomplete', ruleIds('major', 'incomplete'));
  if (score < options.readyAt && score >= options.notReadyBelow) reasons.push({ code: 'score-below-ready', score, threshold: options.readyAt });
  if (reasons.length === 0) return { verdict: 'ready', reasons: [{ code: 'all-clear', score, threshold: options.readyAt }] };
  return { verdict: notReady ? 'not-ready' : 'needs-work', reasons };
}
