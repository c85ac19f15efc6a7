import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { supportCapInForce } from './support-cap-in-force.js';

/** The catalogue fact `supportCap`. */
export const fact = defineFact({
  name: 'supportCap',
  compute: supportCapInForce,
});

/** What `supportCap` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Mức hỗ trợ tối đa từ kinh phí khuyến công cho nội dung của đề án vào ngày tham chiếu: { percent, maxVnd, per, technologyLineMultiplier?, source, verified } (khóa supportCap.<contentType>); không có nếu không biết mức cho nội dung đó.',
  en: "The cap on khuyến công support for the project's content type on the reference date: { percent, maxVnd, per, technologyLineMultiplier?, source, verified } (key supportCap.<contentType>); absent when no cap is known for that content.",
};
