import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';

/** The catalogue fact `beneficiariesWithoutCounterpart`. */
export const fact = defineFact({
  name: 'beneficiariesWithoutCounterpart',
  returns: 'list',
  compute: (context) =>
    // No list: beneficiaryCount, the applicability of the rules that read this, notes the gap.
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
});

/** What `beneficiariesWithoutCounterpart` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cơ sở thụ hưởng chưa ghi vốn đối ứng cam kết (counterpartCommitted). Mỗi mục: name, id, path.',
  en: 'The beneficiaries with no committed counterpart funds stated (counterpartCommitted). Each item: name, id, path.',
};
