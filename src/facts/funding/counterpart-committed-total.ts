import type { LocalizedText } from '../../i18n/locale.js';
import type { EvaluationContext } from '../context.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { needed } from '../unknowns.js';

/** The sum of the commitments the beneficiaries state; a beneficiary stating none is noted as missing, never taken for 0. */
export function committedCounterpart(context: EvaluationContext): number {
  const beneficiaries = needed(context, context.dossier.beneficiaries, 'beneficiaries') ?? [];
  return beneficiaries.reduce((sum, beneficiary, index) => {
    const path = `beneficiaries[${index}]`;
    return sum + (needed(context, beneficiary.counterpartCommitted, `${path}.counterpartCommitted`, itemLabel(beneficiary.name ?? beneficiary.id, path)) ?? 0);
  }, 0);
}

/** The catalogue fact `counterpartCommittedTotal`. */
export const fact = defineFact({
  name: 'counterpartCommittedTotal',
  returns: 'number',
  compute: committedCounterpart,
});

/** What `counterpartCommittedTotal` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tổng vốn đối ứng các cơ sở thụ hưởng cam kết (cộng counterpartCommitted), VND. Cơ sở chưa ghi counterpartCommitted không tính là 0: nó được ghi là thiếu số liệu, và tiêu chí dựa vào tổng này là chưa đủ thông tin.',
  en: 'The counterpart funds the beneficiaries have committed (the sum of counterpartCommitted), VND. A beneficiary without counterpartCommitted is not 0: it is noted as lacking it, and a rule resting on this total is incomplete.',
};
