import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `supportCapBasis`. */
export const fact = defineFact({
  name: 'supportCapBasis',
  returns: 'object',
  compute: (context) => {
    const { scope, location } = context.dossier;
    if (scope === undefined) return undefined;
    return scope === 'local'
      ? { basis: 'local' as const, local: true, ...(location?.province != null ? { province: location.province } : {}) }
      : { basis: 'national' as const, local: false };
  },
});

/** What `supportCapBasis` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Nguồn mức hỗ trợ tối đa của đề án theo phạm vi (scope): { basis: "national", local: false } — mức quốc gia trong dữ liệu pháp lý; { basis: "local", local: true, province? } — định mức chi của tỉnh (tùy chọn localNorms), province là tỉnh ghi trong hồ sơ; không có nếu hồ sơ không ghi scope.',
  en: 'Where the project\'s cap comes from, by its scope: { basis: "national", local: false } — the national caps of the legal data; { basis: "local", local: true, province? } — the province\'s cost norms (option localNorms), province as the dossier writes it; absent when the dossier states no scope.',
};
