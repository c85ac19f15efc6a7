import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import { noteUnknown } from '../unknowns.js';

/**
 * The dossier's communication activities; no list is not "no activity": it is noted as lacking,
 * while an empty list is data.
 */
function activityList(context: EvaluationContext, affects?: string) {
  const activities = context.dossier.communication?.activities;
  if (activities === undefined) noteUnknown(context, 'communication.activities', undefined, affects);
  return activities ?? [];
}

/**
 * The communication activities as fact items, in dossier order, each with its people-readable path;
 * `affects` names the field of the fact's value a lacking datum bears on, when not all of it.
 */
export function activityItems(context: EvaluationContext, affects?: string) {
  return activityList(context, affects).map((activity, index) => {
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

/**
 * The dated activities, earliest first (dossier order among activities of the same day). An
 * undated activity may fall in any window, so its date is noted as lacking: a window with a dated
 * activity is still decided, an empty one is not.
 */
export function datedActivities(context: EvaluationContext, affects?: string): DatedActivity[] {
  return activityItems(context, affects)
    .filter((activity): activity is DatedActivity => {
      if (activity.date === undefined) noteUnknown(context, `${activity.path}.date`, undefined, affects);
      return activity.date !== undefined;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function undatedActivities(context: EvaluationContext, affects?: string): ActivityItem[] {
  return activityItems(context, affects).filter((activity) => activity.date === undefined);
}

/**
 * The distinct values of one field over the activities, in order of first appearance. An activity
 * that does not state the field is left out and its field noted as lacking: it may add a value.
 */
export function distinctActivityValues<Field extends 'channel' | 'audience'>(context: EvaluationContext, field: Field) {
  return [
    ...new Set(
      activityList(context).flatMap((activity, index) => {
        const value = activity[field];
        if (value === undefined) noteUnknown(context, `communication.activities[${index}].${field}`);
        return value !== undefined ? [value] : [];
      }),
    ),
  ];
}
