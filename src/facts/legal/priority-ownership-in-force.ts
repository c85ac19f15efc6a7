import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalCodes } from './legal-value.js';

/** The catalogue fact `priorityOwnershipInForce`. */
export const fact = defineFact({
  name: 'priorityOwnershipInForce',
  returns: 'list',
  compute: (context) => legalCodes(context, 'priorityOwnership'),
});

/** What `priorityOwnershipInForce` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các diện ưu tiên theo chủ sở hữu có hiệu lực vào ngày tham chiếu: "women-owned", "ethnic-minority-owned" (khóa priorityOwnership); rỗng trước đó.',
  en: 'The ownership-based priorities in force on the reference date: "women-owned", "ethnic-minority-owned" (key priorityOwnership); empty before.',
};
