import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { citedPlans } from './cited-plan.js';

/** The catalogue fact `citedPlans`. */
export const fact = defineFact({
  name: 'citedPlans',
  returns: 'list',
  compute: (context) => citedPlans(context),
});

/** What `citedPlans` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các quy hoạch, kế hoạch mà đề án viện dẫn (alignment.plans). Mỗi mục: label (tên văn bản, nếu không có thì vị trí), kind, reference, sectorListed, sectorStated (hồ sơ có ghi sectorListed hay không), path. Không có alignment.plans được ghi là thiếu số liệu (danh sách rỗng là dữ liệu).',
  en: 'The plans the project cites (alignment.plans). Each item: label (the reference, else the position), kind, reference, sectorListed, sectorStated (whether sectorListed is given), path. No alignment.plans is noted as lacking (an empty list is data).',
};
