import { equipmentBudgetLines, neededFundingPart } from '../budget/budget-lines.js';
import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import type { SupportCapInForce } from '../legal/support-cap-in-force.js';
import { needed } from '../unknowns.js';

/** An equipment line as the support cap counts it. */
export interface EquipmentSupport {
  label: string;
  path: string;
  /** `undefined` when the dossier does not give it (noted as missing). */
  amount: number | undefined;
  /** The khuyến công funding; `undefined` when the dossier does not tell it (noted as missing). */
  support: number | undefined;
  beneficiary?: string;
  technologyLine: boolean;
}

/** The equipment lines that count under one cap: a demonstration model's, or one beneficiary's. */
export interface SupportGroup {
  label: string;
  beneficiary?: string;
  path: string;
  model: boolean;
  lines: EquipmentSupport[];
}

function equipmentSupport(context: EvaluationContext): EquipmentSupport[] {
  return equipmentBudgetLines(context).map((entry) => ({
    label: entry.label,
    path: entry.path,
    amount: needed(context, entry.line.amount, `${entry.path}.amount`, entry.label),
    support: neededFundingPart(context, entry, 'khuyenCong'),
    beneficiary: entry.line.beneficiary,
    // Only a line declared a technology line raises the cap; an undeclared one keeps the ordinary cap.
    technologyLine: entry.line.technologyLine === true,
  }));
}

/**
 * The equipment lines grouped as the cap counts them: one group for a
 * demonstration model (the whole project is one model), else one per
 * beneficiary. A line without `beneficiary` belongs to the only beneficiary;
 * with several (or none) listed, a supported line without it is unassigned.
 */
export function supportGroups(context: EvaluationContext, cap: SupportCapInForce): { groups: SupportGroup[]; unassigned: EquipmentSupport[] } {
  const lines = equipmentSupport(context);
  if (cap.per === 'model') {
    const { title, id } = context.dossier;
    return lines.length === 0
      ? { groups: [], unassigned: [] }
      : { groups: [{ label: itemLabel(title ?? id, 'budget.lines'), path: 'budget.lines', model: true, lines }], unassigned: [] };
  }
  // No list: lines cannot be assigned, and beneficiaryCount (the rule's applicability) notes the gap.
  const beneficiaries = context.dossier.beneficiaries ?? [];
  const groups = new Map<string, SupportGroup>();
  const unassigned: EquipmentSupport[] = [];
  for (const line of lines) {
    let index = line.beneficiary !== undefined ? beneficiaries.findIndex((beneficiary) => beneficiary.id === line.beneficiary) : -1;
    if (line.beneficiary === undefined && beneficiaries.length === 1) index = 0;
    if (index < 0 && line.beneficiary === undefined) {
      // A line whose support is unknown is already noted as lacking (neededFundingPart); only known support is unassigned.
      if (line.support !== undefined && line.support > 0) unassigned.push(line);
      continue;
    }
    const key = index >= 0 ? `#${index}` : `id:${line.beneficiary}`;
    let group = groups.get(key);
    if (!group) {
      const beneficiary = beneficiaries[index];
      group = beneficiary
        ? {
            label: itemLabel(beneficiary.name ?? beneficiary.id, `beneficiaries[${index}]`),
            beneficiary: beneficiary.id,
            path: `beneficiaries[${index}]`,
            model: false,
            lines: [],
          }
        : { label: line.beneficiary!, beneficiary: line.beneficiary!, path: `${line.path}.beneficiary`, model: false, lines: [] };
      groups.set(key, group);
    }
    group.lines.push(line);
  }
  return { groups: [...groups.values()], unassigned };
}
