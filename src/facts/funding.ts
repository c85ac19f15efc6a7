import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';
import { legalFacts } from './legal.js';

/** The cap as the `supportCap` legal fact gives it. */
interface SupportCap {
  percent: number;
  maxVnd: number;
  per: string;
  technologyLineMultiplier?: number;
  source: string;
  verified: boolean;
}

/** The `supportCap` legal fact, read through its own definition so the lookup lives in one place. */
const supportCapFact = legalFacts.find((fact) => fact.name === 'supportCap')!;

function supportCapOn(context: EvaluationContext): SupportCap | undefined {
  return supportCapFact.compute(context, {}) as SupportCap | undefined;
}

interface EquipmentLine {
  label: string;
  path: string;
  amount: number;
  support: number;
  beneficiary?: string;
  technologyLine: boolean;
}

interface SupportGroup {
  label: string;
  beneficiary?: string;
  path: string;
  model: boolean;
  lines: EquipmentLine[];
}

function equipmentLines(context: EvaluationContext): EquipmentLine[] {
  return (context.dossier.budget?.lines ?? []).flatMap((line, index) => {
    if (line.category !== 'equipment') return [];
    const path = `budget.lines[${index}]`;
    return [
      {
        label: itemLabel(line.item, path),
        path,
        amount: line.amount ?? 0,
        support: line.funding?.khuyenCong ?? 0,
        ...(line.beneficiary !== undefined ? { beneficiary: line.beneficiary } : {}),
        technologyLine: line.technologyLine === true,
      },
    ];
  });
}

/**
 * The equipment lines grouped as the cap counts them: one group for a
 * demonstration model (the whole project is one model), else one per
 * beneficiary. A line without `beneficiary` belongs to the only beneficiary;
 * with several (or none) listed, a supported line without it is unassigned.
 */
function supportGroups(context: EvaluationContext, cap: SupportCap): { groups: SupportGroup[]; unassigned: EquipmentLine[] } {
  const lines = equipmentLines(context);
  if (cap.per === 'model') {
    const { title, id } = context.dossier;
    return lines.length === 0
      ? { groups: [], unassigned: [] }
      : { groups: [{ label: itemLabel(title ?? id, 'budget.lines'), path: 'budget.lines', model: true, lines }], unassigned: [] };
  }
  const beneficiaries = context.dossier.beneficiaries ?? [];
  const groups = new Map<string, SupportGroup>();
  const unassigned: EquipmentLine[] = [];
  for (const line of lines) {
    let index = line.beneficiary !== undefined ? beneficiaries.findIndex((beneficiary) => beneficiary.id === line.beneficiary) : -1;
    if (line.beneficiary === undefined && beneficiaries.length === 1) index = 0;
    if (index < 0 && line.beneficiary === undefined) {
      if (line.support > 0) unassigned.push(line);
      continue;
    }
    const key = index >= 0 ? `#${index}` : `id:${line.beneficiary}`;
    let group = groups.get(key);
    if (!group) {
      const beneficiary = index >= 0 ? beneficiaries[index]! : undefined;
      group = beneficiary
        ? {
            label: itemLabel(beneficiary.name ?? beneficiary.id, `beneficiaries[${index}]`),
            ...(beneficiary.id !== undefined ? { beneficiary: beneficiary.id } : {}),
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

/** One group's support against the cap. */
function checkGroup(group: SupportGroup, cap: SupportCap) {
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

function supportCapChecks(context: EvaluationContext) {
  const cap = supportCapOn(context);
  return cap ? supportGroups(context, cap).groups.map((group) => checkGroup(group, cap)) : [];
}

export const fundingFacts = [
  defineFact({
    name: 'supportCapChecks',
    compute: supportCapChecks,
  }),
  defineFact({
    name: 'supportOverCap',
    compute: (context) => supportCapChecks(context).filter((check) => check.overBy !== undefined),
  }),
  defineFact({
    name: 'equipmentSupportWithoutBeneficiary',
    compute: (context) => {
      const cap = supportCapOn(context);
      if (!cap) return [];
      return supportGroups(context, cap).unassigned.map((line) => ({ label: line.label, khuyenCong: line.support, path: `${line.path}.beneficiary` }));
    },
  }),
  defineFact({
    name: 'counterpartCommittedTotal',
    compute: (context) => (context.dossier.beneficiaries ?? []).reduce((sum, beneficiary) => sum + (beneficiary.counterpartCommitted ?? 0), 0),
  }),
  defineFact({
    name: 'beneficiariesWithoutCounterpart',
    compute: (context) =>
      (context.dossier.beneficiaries ?? []).flatMap((beneficiary, index) =>
        beneficiary.counterpartCommitted !== undefined
          ? []
          : [
              {
                name: itemLabel(beneficiary.name ?? beneficiary.id, `beneficiaries[${index}]`),
                id: beneficiary.id,
                path: `beneficiaries[${index}].counterpartCommitted`,
              },
            ],
      ),
  }),
  defineFact({
    name: 'counterpartShortfall',
    compute: (context) => {
      const budgeted = (context.dossier.budget?.lines ?? []).reduce((sum, line) => sum + (line.funding?.counterpart ?? 0), 0);
      const committed = (context.dossier.beneficiaries ?? []).reduce((sum, beneficiary) => sum + (beneficiary.counterpartCommitted ?? 0), 0);
      return budgeted > committed ? budgeted - committed : undefined;
    },
  }),
];
