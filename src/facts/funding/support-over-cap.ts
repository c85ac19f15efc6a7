import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { supportCapChecks } from './cap-check.js';

/** The catalogue fact `supportOverCap`. */
export const fact = defineFact({
  name: 'supportOverCap',
  returns: 'list',
  compute: (context) => supportCapChecks(context).filter((check) => check.overBy !== undefined),
});

/** What `supportOverCap` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các mục của supportCapChecks có hỗ trợ vượt mức tối đa (overBy > 0).',
  en: 'The items of supportCapChecks whose support exceeds the cap (overBy > 0).',
};
