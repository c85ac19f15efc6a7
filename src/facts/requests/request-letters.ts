import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';

/** One beneficiary's request for support, as lesson 1 and the dossier rules (Thông tư 36/2013/TT-BCT, Art. 10) look at it. */
export interface RequestLetter {
  /** The beneficiary's name, else its id, else its place in the dossier. */
  label: string;
  id: string | undefined;
  /** The date of its request letter, when recorded. */
  requestLetterOn: string | undefined;
  /** The dossier's submission date, when recorded. */
  submittedOn: string | undefined;
  /** No request letter is recorded. */
  letterMissing: boolean;
  /** The letter is dated after the dossier was submitted. */
  afterSubmission: boolean;
  /** How many days after submission the letter is dated (0 unless afterSubmission). */
  daysAfterSubmission: number;
  /** Where the letter's date is (or belongs) in the dossier, e.g. `beneficiaries[1].requestLetterOn`. */
  path: string;
}

/** Every beneficiary's request letter, in dossier order. */
export function requestLetters(context: EvaluationContext): RequestLetter[] {
  const submittedOn = context.dossier.submittedOn;
  // No list: beneficiaryCount, the applicability of the rules that read this, notes the gap.
  return (context.dossier.beneficiaries ?? []).map((beneficiary, index) => {
    const place = `beneficiaries[${index}]`;
    const letterOn = beneficiary.requestLetterOn;
    const daysAfter =
      letterOn !== undefined && submittedOn !== undefined ? differenceInCalendarDays(parseISO(letterOn), parseISO(submittedOn)) : 0;
    return {
      label: itemLabel(beneficiary.name, itemLabel(beneficiary.id, place)),
      id: beneficiary.id,
      requestLetterOn: letterOn,
      submittedOn,
      letterMissing: letterOn === undefined,
      afterSubmission: daysAfter > 0,
      daysAfterSubmission: Math.max(daysAfter, 0),
      path: `${place}.requestLetterOn`,
    };
  });
}
