import type { EvaluationContext } from '../context.js';
import { supportCapInForce, type SupportCapInForce } from '../legal/support-cap-in-force.js';
import { supportGroups, type SupportGroup } from './support-groups.js';

/** One group's support against the cap. */
function checkGroup(group: SupportGroup, cap: SupportCapInForce) {
  const equipmentAmount = group.lines.reduce((sum, line) => sum + line.amount, 0);
  const support = group.lines.reduce((sum, line) => sum + line.support, 0);
  const technologyLine = cap.technologyLineMultiplier !== undefined && group.lines.every((line) => line.technologyLine);
  const maxVnd = Math.round(cap.maxVnd * (technologyLine ? cap.technologyLineMultiplier! : 1));
  const capVnd = Math.min(Math.floor((equipmentAmount * cap.percent) / 100), maxVnd);
  return {
    label: group.label,
    ...(group.beneficiary !== undefined ? { beneficiary: group.beneficiary } : {}),
    model: group.model,
    equipmentAmount,
    support,
    supportPercent: equipmentAmount > 0 ? Math.round((support * 10000) / equipmentAmount) / 100 : undefined,
    percent: cap.percent,
    maxVnd,
    capVnd,
    technologyLine,
    overBy: support > capVnd ? support - capVnd : undefined,
    lines: group.lines.map((line) => line.label),
    path: group.path,
  };
}

/** Each group's support against the cap in force; empty when no cap applies. */
export function supportCapChecks(context: EvaluationContext) {
  const cap = supportCapInForce(context);
  return cap ? supportGroups(context, cap).groups.map((group) => checkGroup(group, cap)) : [];
}
