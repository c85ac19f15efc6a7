import type { EvaluationContext } from '../context.js';
import { supportCapInForce, type SupportCapInForce } from '../legal/support-cap-in-force.js';
import { supportGroups, type SupportGroup } from './support-groups.js';

/** The figures of a group whose every line gives its amount and khuyến công funding, else undefined (already noted as missing). */
function knownFigures(group: SupportGroup): { equipmentAmount: number; support: number } | undefined {
  let equipmentAmount = 0;
  let support = 0;
  for (const line of group.lines) {
    if (line.amount === undefined || line.support === undefined) return undefined;
    equipmentAmount += line.amount;
    support += line.support;
  }
  return { equipmentAmount, support };
}

/** One group's support against the cap, or undefined when its lines lack a figure: never checked on a guess. */
function checkGroup(group: SupportGroup, cap: SupportCapInForce) {
  const figures = knownFigures(group);
  if (!figures) return undefined;
  const { equipmentAmount, support } = figures;
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

/** Each group's support against the cap in force; empty when no cap applies; a group lacking figures is left out (and noted). */
export function supportCapChecks(context: EvaluationContext) {
  const cap = supportCapInForce(context);
  return cap ? supportGroups(context, cap).groups.flatMap((group) => checkGroup(group, cap) ?? []) : [];
}
