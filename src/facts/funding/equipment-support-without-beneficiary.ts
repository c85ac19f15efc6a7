import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { supportCapInForce } from '../legal/support-cap-in-force.js';
import { supportGroups } from './support-groups.js';

/** The catalogue fact `equipmentSupportWithoutBeneficiary`. */
export const fact = defineFact({
  name: 'equipmentSupportWithoutBeneficiary',
  returns: 'list',
  compute: (context) => {
    const cap = supportCapInForce(context);
    if (!cap) return [];
    return supportGroups(context, cap).unassigned.map((line) => ({ label: line.label, khuyenCong: line.support!, path: `${line.path}.beneficiary` }));
  },
});

/** What `equipmentSupportWithoutBeneficiary` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Khi mức hỗ trợ tính theo cơ sở và hồ sơ không có đúng một cơ sở thụ hưởng: các dòng thiết bị có kinh phí khuyến công mà không ghi beneficiary, nên không tính được vào cơ sở nào. Mỗi mục: label, khuyenCong, path.',
  en: 'When the cap counts per establishment and the dossier does not list exactly one beneficiary: the equipment lines with khuyến công funding and no beneficiary, which cannot be counted against anyone. Each item: label, khuyenCong, path.',
};
