import type * as enums from '../schema/enums.js';
import type { Verdict } from '../scoring/score.js';

type Values<List> = List extends readonly (infer Item)[] ? Item : never;

/**
 * Facilities and equipment of the presiding unit: free text in the dossier format,
 * but these are the usual values, so they read as words rather than as codes.
 */
export const USUAL_FACILITIES = [
  'office',
  'training-hall',
  'classroom',
  'demonstration-workshop',
  'projector',
  'sound-system',
  'measuring-instruments',
] as const;

/** The grounds of a beneficiary's priority that rule messages name (besides sector and area). */
export const PRIORITY_OWNERSHIPS = ['women-owned', 'ethnic-minority-owned'] as const;

/**
 * Every value a `|label` placeholder or a report may show: each closed vocabulary of the
 * dossier format, the verdicts, and the usual free-text values. Each catalogue must label
 * every one of them (`Record<LabelledValue, string>`), so a missing label is a type error.
 */
export type LabelledValue =
  | { [Name in keyof typeof enums]: Values<(typeof enums)[Name]> }[keyof typeof enums]
  | Verdict
  | (typeof USUAL_FACILITIES)[number]
  | (typeof PRIORITY_OWNERSHIPS)[number];

/** `{ national: 'khuyến công quốc gia' }` → `{ 'label.national': 'khuyến công quốc gia' }`, keeping the literal types. */
export function labelIds<const Labels extends Readonly<Record<LabelledValue, string>>>(
  labels: Labels,
): { readonly [Value in keyof Labels as `label.${Value & string}`]: Labels[Value] } {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [`label.${value}`, label])) as never;
}
