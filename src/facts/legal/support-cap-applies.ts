import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { supportCapInForce } from './support-cap-in-force.js';

/** The catalogue fact `supportCapApplies`. */
export const fact = defineFact({
  name: 'supportCapApplies',
  returns: 'boolean',
  compute: (context) => {
    // What the cap lookup lacks is not this fact's: the rule's conditions ask supportCap, which notes it.
    let lacked = false;
    const cap = supportCapInForce({ ...context, noteUnknown: () => (lacked = true) });
    return cap !== undefined || lacked;
  },
});

/** What `supportCapApplies` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Có thể có mức hỗ trợ tối đa cho đề án vào ngày tham chiếu hay không: true khi có mức (supportCap), hoặc khi chưa biết được vì hồ sơ thiếu scope hay tỉnh của đề án địa phương; false khi chắc chắn không có mức nào áp dụng (không có mức quốc gia cho nội dung đó, hoặc không có định mức của tỉnh cho đề án địa phương).',
  en: "Whether a cap may bind the project on the reference date: true when one is found (supportCap), or when it cannot be told because the dossier lacks scope or a local project's province; false when surely none applies (no national cap for the content type, or no norms of the province for a local project).",
};
