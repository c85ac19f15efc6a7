import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import * as z from 'zod/mini';
import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';

const GapSchema = z.strictObject({ days: z.int().check(z.minimum(1)) });
const MinimumSchema = z.strictObject({ minimum: z.int().check(z.minimum(0)) });
const WithinDaysSchema = z.strictObject({ withinDays: z.int().check(z.minimum(0)) });

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

function plusDays(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

/** The parties that stand for "the investor / coordinating unit" in a milestone's owner or support. */
const PARTNER_PARTIES: readonly string[] = ['investor', 'coordinating'];

/** A final evaluation as the `finalEvaluationTiming` fact reports it. */
interface FinalEvaluationItem {
  date: string | undefined;
  daysAfterEnd: number | undefined;
  daysLate: number | undefined;
  beforeEnd: boolean;
  lessonsLearned: boolean;
  path: string;
}

function milestones(context: EvaluationContext) {
  return (context.dossier.implementation?.milestones ?? []).map((milestone, index) => {
    const path = `implementation.milestones[${index}]`;
    return { milestone, path, label: itemLabel(milestone.name, path) };
  });
}

export const implementationFacts = [
  defineFact({
    name: 'milestoneCount',
    compute: (context) => context.dossier.implementation?.milestones?.length ?? 0,
  }),
  defineFact({
    name: 'milestoneShortfall',
    params: MinimumSchema,
    compute: (context, params: z.infer<typeof MinimumSchema>) => {
      const count = context.dossier.implementation?.milestones?.length ?? 0;
      return count < params.minimum ? { count, minimum: params.minimum } : undefined;
    },
  }),
  defineFact({
    name: 'implementationPlanDaysLate',
    compute: (context) => {
      const approvedOn = context.dossier.implementation?.planApprovedOn;
      const start = context.dossier.period?.start;
      if (!approvedOn || !start) return undefined;
      const days = daysBetween(start, approvedOn);
      return days > 0 ? days : undefined;
    },
  }),
  defineFact({
    name: 'milestonesOutsidePeriod',
    compute: (context) => {
      const start = context.dossier.period?.start;
      const end = context.dossier.period?.end;
      if (!start || !end) return [];
      return milestones(context).flatMap(({ milestone, path, label }) => {
        const due = milestone.due;
        const beforeStart = due !== undefined && due < start;
        const afterEnd = due !== undefined && due > end;
        if (due !== undefined && !beforeStart && !afterEnd) return [];
        return [{ label, due, beforeStart, afterEnd, path: `${path}.due` }];
      });
    },
  }),
  defineFact({
    name: 'milestonesWithoutOwner',
    compute: (context) =>
      milestones(context)
        .filter(({ milestone }) => milestone.owner === undefined)
        .map(({ path, label }) => ({ label, path: `${path}.owner` })),
  }),
  defineFact({
    name: 'milestoneDuties',
    compute: (context) => {
      const presiding: string[] = [];
      const partner: string[] = [];
      for (const { milestone, label } of milestones(context)) {
        const parties = [milestone.owner, ...(milestone.support ?? [])].filter((party) => party !== undefined);
        if (parties.includes('presiding')) presiding.push(label);
        if (parties.some((party) => PARTNER_PARTIES.includes(party))) partner.push(label);
      }
      return { presiding, partner };
    },
  }),
  defineFact({
    name: 'inspectionCount',
    compute: (context) => context.dossier.implementation?.inspections?.length ?? 0,
  }),
  defineFact({
    name: 'inspectionGapsLongerThan',
    params: GapSchema,
    compute: (context, params: z.infer<typeof GapSchema>) => {
      const start = context.dossier.period?.start;
      if (!start) return [];
      const plannedEnd = context.dossier.period?.end;
      const endpoint = plannedEnd && plannedEnd < context.asOf ? plannedEnd : context.asOf;
      if (endpoint <= start) return [];
      const inspections = (context.dossier.implementation?.inspections ?? [])
        .flatMap((inspection) => (inspection.date && inspection.date > start && inspection.date < endpoint ? [inspection.date] : []))
        .sort();
      const points = [start, ...new Set(inspections), endpoint];
      const gaps = [];
      for (let index = 1; index < points.length; index += 1) {
        const from = points[index - 1]!;
        const to = points[index]!;
        const days = daysBetween(from, to);
        if (days > params.days) gaps.push({ from, to, days, untilAsOf: index === points.length - 1 && to === context.asOf });
      }
      return gaps;
    },
  }),
  defineFact({
    name: 'inspectionIssuesFound',
    compute: (context) =>
      (context.dossier.implementation?.inspections ?? []).reduce((sum, inspection) => sum + (inspection.issuesFound ?? 0), 0),
  }),
  defineFact({
    name: 'inspectionsWithUnresolvedIssues',
    compute: (context) =>
      (context.dossier.implementation?.inspections ?? []).flatMap((inspection, index) => {
        const found = inspection.issuesFound ?? 0;
        if (found === 0 || (inspection.issuesResolved !== undefined && inspection.issuesResolved >= found)) return [];
        return [
          {
            date: inspection.date,
            by: inspection.by,
            issuesFound: found,
            issuesResolved: inspection.issuesResolved,
            path: `implementation.inspections[${index}]`,
          },
        ];
      }),
  }),
  defineFact({
    name: 'finalEvaluationTiming',
    params: WithinDaysSchema,
    compute: (context, params: z.infer<typeof WithinDaysSchema>) => {
      const end = context.dossier.period?.end;
      const timely: FinalEvaluationItem[] = [];
      const others: FinalEvaluationItem[] = [];
      for (const [index, evaluation] of (context.dossier.implementation?.evaluations ?? []).entries()) {
        if (evaluation.kind !== 'final') continue;
        const daysAfterEnd = end && evaluation.date ? daysBetween(end, evaluation.date) : undefined;
        const item: FinalEvaluationItem = {
          date: evaluation.date,
          daysAfterEnd,
          daysLate: daysAfterEnd !== undefined && daysAfterEnd > params.withinDays ? daysAfterEnd - params.withinDays : undefined,
          beforeEnd: daysAfterEnd !== undefined && daysAfterEnd < 0,
          lessonsLearned: evaluation.lessonsLearned === true,
          path: `implementation.evaluations[${index}]`,
        };
        const inTime = daysAfterEnd !== undefined && daysAfterEnd >= 0 && daysAfterEnd <= params.withinDays;
        (inTime && item.lessonsLearned ? timely : others).push(item);
      }
      return { deadline: end ? plusDays(end, params.withinDays) : undefined, timely, others };
    },
  }),
];
