import * as z from 'zod/mini';
import { PLAN_KINDS } from '../schema/enums.js';
import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';
import { legalFacts } from './legal.js';

/** The value of a legal fact on the reference date, read through its catalogue definition. */
function legalFact(context: EvaluationContext, name: string): unknown {
  const fact = legalFacts.find((candidate) => candidate.name === name);
  if (!fact) throw new Error(`internal error: no legal fact "${name}"`);
  return fact.compute(context, {});
}

/** A cited plan as messages name it. */
export interface CitedPlan {
  /** The plan's reference (its title), else its place in the dossier. */
  label: string;
  kind: string | undefined;
  reference: string | undefined;
  sectorListed: boolean | undefined;
  /** Whether the dossier says if the sector is listed (sectorListed true or false). */
  sectorStated: boolean;
  path: string;
}

function citedPlans(context: EvaluationContext): CitedPlan[] {
  return (context.dossier.alignment?.plans ?? []).map((plan, index) => {
    const path = `alignment.plans[${index}]`;
    return {
      label: itemLabel(plan.reference, path),
      kind: plan.kind,
      reference: plan.reference,
      sectorListed: plan.sectorListed,
      sectorStated: plan.sectorListed !== undefined,
      path,
    };
  });
}

const PlanFilterSchema = z.strictObject({
  kinds: z.optional(z.array(z.enum(PLAN_KINDS)).check(z.minLength(1))),
  sectorListed: z.optional(z.boolean()),
});

/** Folds case, Vietnamese diacritics (đ → d) and dash style. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * A decision number in a comparable form: folded ({@link fold}) and without
 * any space, so "1881/QĐ-TTg" and " 1881 / qđ – ttg " compare equal.
 */
export function decisionKey(text: string): string {
  return fold(text).replace(/\s+/g, '');
}

/** A citation folded, with single spaces between words and none around "/" and "-": "Quyết định số 1881 / QĐ-TTg" → "quyet dinh so 1881/qd-ttg". */
function citationKey(text: string): string {
  return fold(text)
    .replace(/\s+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether a cited programme names the decision: the same number, leniently
 * compared ({@link decisionKey}), alone or as a whole word inside a longer
 * citation such as "Quyết định số 1881/QĐ-TTg ngày 20/11/2020" — but not as
 * part of another number ("11881/QĐ-TTg").
 */
export function citesDecision(cited: string, decision: string): boolean {
  const needle = decisionKey(decision);
  if (!needle) return false;
  if (decisionKey(cited) === needle) return true;
  const haystack = citationKey(cited);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after))) return true;
  }
  return false;
}

/** One ground on which the project has priority. Every flag is set, so message sections read the item's own value. */
interface PriorityGround {
  ground: 'priority-sector' | 'priority-area' | 'women-owned' | 'ethnic-minority-owned';
  prioritySector: boolean;
  priorityArea: boolean;
  womenOwned: boolean;
  ethnicMinorityOwned: boolean;
  /** The priority sectors (priority-sector only). */
  sectors: string[] | undefined;
  /** The beneficiary's name (ownership grounds), else the field's path. */
  label: string;
  path: string;
}

const NO_GROUND = { prioritySector: false, priorityArea: false, womenOwned: false, ethnicMinorityOwned: false, sectors: undefined };

export const alignmentFacts = [
  defineFact({
    name: 'citedPlans',
    compute: (context) => citedPlans(context),
  }),
  defineFact({
    name: 'citedPlansMatching',
    params: PlanFilterSchema,
    compute: (context, params: z.infer<typeof PlanFilterSchema>) =>
      citedPlans(context).filter(
        (plan) =>
          (!params.kinds || (plan.kind !== undefined && (params.kinds as readonly string[]).includes(plan.kind))) &&
          (params.sectorListed === undefined || plan.sectorListed === params.sectorListed),
      ),
  }),
  defineFact({
    name: 'citedProgrammeMatches',
    compute: (context) => {
      const cited = context.dossier.alignment?.programme;
      const expected = legalFact(context, 'nationalProgrammeForPeriod') as { decision: string } | undefined;
      return cited !== undefined && expected !== undefined && citesDecision(cited, expected.decision);
    },
  }),
  defineFact({
    name: 'priorityGrounds',
    compute: (context): PriorityGround[] => {
      const grounds: PriorityGround[] = [];
      const alignment = context.dossier.alignment;
      const sectors = alignment?.prioritySectors ?? [];
      if (sectors.length > 0) {
        grounds.push({ ...NO_GROUND, ground: 'priority-sector', prioritySector: true, sectors, label: 'alignment.prioritySectors', path: 'alignment.prioritySectors' });
      }
      if (alignment?.priorityArea === true) {
        grounds.push({ ...NO_GROUND, ground: 'priority-area', priorityArea: true, label: 'alignment.priorityArea', path: 'alignment.priorityArea' });
      }
      const ownership = legalFact(context, 'priorityOwnershipInForce') as string[];
      (context.dossier.beneficiaries ?? []).forEach((beneficiary, index) => {
        const path = `beneficiaries[${index}]`;
        const label = itemLabel(beneficiary.name ?? beneficiary.id, path);
        if (ownership.includes('women-owned') && beneficiary.womenOwned === true) {
          grounds.push({ ...NO_GROUND, ground: 'women-owned', womenOwned: true, label, path: `${path}.womenOwned` });
        }
        if (ownership.includes('ethnic-minority-owned') && beneficiary.ethnicMinorityOwned === true) {
          grounds.push({ ...NO_GROUND, ground: 'ethnic-minority-owned', ethnicMinorityOwned: true, label, path: `${path}.ethnicMinorityOwned` });
        }
      });
      return grounds;
    },
  }),
];
