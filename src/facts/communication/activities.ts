import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';

/** The communication activities as fact items, in dossier order, each with its people-readable path. */
export function activityItems(context: EvaluationContext) {
  return (context.dossier.communication?.activities ?? []).map((activity, index) => {
    const path = `communication.activities[${index}]`;
    return {
      label: itemLabel(undefined, path),
      channel: activity.channel,
      date: activity.date,
      audience: activity.audience,
      reach: activity.reach,
      path,
    };
  });
}

export type ActivityItem = ReturnType<typeof activityItems>[number];
export type DatedActivity = ActivityItem & { date: string };

/** The dated activities, earliest first (dossier order among activities of the same day). */
export function datedActivities(context: EvaluationContext): DatedActivity[] {
  return activityItems(context)
    .filter((activity): activity is DatedActivity => activity.date !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function undatedActivities(context: EvaluationContext): ActivityItem[] {
  return activityItems(context).filter((activity) => activity.date === undefined);
}

/** The distinct values of one field over the activities, in order of first appearance (activities without it left out). */
export function distinctActivityValues<Field extends 'channel' | 'audience'>(context: EvaluationContext, field: Field) {
  return [
    ...new Set(
      (context.dossier.communication?.activities ?? []).flatMap((activity) => {
        const value = activity[field];
        return value ? [value] : [];
      }),
    ),
  ];
}
