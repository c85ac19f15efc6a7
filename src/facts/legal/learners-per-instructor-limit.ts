import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalValue } from './legal-value.js';

/** The catalogue fact `learnersPerInstructorLimit`. */
export const fact = defineFact({
  name: 'learnersPerInstructorLimit',
  returns: 'number',
  compute: (context) => legalValue(context, 'learnersPerInstructorLimit'),
});

/** What `learnersPerInstructorLimit` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số người học quy đổi tối đa trên một nhà giáo quy đổi vào ngày tham chiếu (khóa learnersPerInstructorLimit).',
  en: 'The most (converted) learners per (converted) instructor allowed on the reference date (key learnersPerInstructorLimit).',
};
