import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { nationalProgrammeForPeriod } from './national-programme.js';

/** The catalogue fact `nationalProgrammeForPeriod`. */
export const fact = defineFact({
  name: 'nationalProgrammeForPeriod',
  returns: 'object',
  compute: nationalProgrammeForPeriod,
});

/** What `nationalProgrammeForPeriod` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Chương trình khuyến công quốc gia áp dụng cho ngày bắt đầu thực hiện (period.start): { decision, period } (khóa nationalProgramme); không có nếu chưa có period.start hoặc không có chương trình cho ngày đó.',
  en: 'The national industrial-promotion programme for the start of implementation (period.start): { decision, period } (key nationalProgramme); absent without period.start or when no programme covers that date.',
};
