import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { ratio } from './ratio.js';

/** The catalogue fact `delayedProjectShare`. */
export const fact = defineFact({
  name: 'delayedProjectShare',
  returns: 'number',
  compute: (context) => {
    const record = context.dossier.presidingUnit?.trackRecord;
    return ratio(record?.projectsDelayed, record?.projectsCompleted);
  },
});

/** What `delayedProjectShare` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tỷ lệ đề án bị chậm trong số đề án đơn vị chủ trì đã hoàn thành: trackRecord.projectsDelayed / projectsCompleted (0,25 là 25%); không có nếu thiếu một trong hai số hoặc chưa hoàn thành đề án nào.',
  en: 'The share of delayed projects among those the presiding unit completed: trackRecord.projectsDelayed / projectsCompleted (0.25 is 25%); absent when either count is missing or no project was completed.',
};
