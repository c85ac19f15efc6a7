import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { supportCapChecks } from './cap-check.js';

/** The catalogue fact `supportCapChecks`. */
export const fact = defineFact({
  name: 'supportCapChecks',
  returns: 'list',
  compute: supportCapChecks,
});

/** What `supportCapChecks` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Hỗ trợ từ kinh phí khuyến công trên các dòng máy móc, thiết bị so với mức tối đa (dữ kiện supportCap): theo từng cơ sở thụ hưởng (dòng không ghi beneficiary thuộc cơ sở duy nhất), hoặc cả đề án nếu mức tính theo mô hình. Hệ số dây chuyền công nghệ áp dụng khi mọi dòng thiết bị của cơ sở đều có technologyLine: true. Rỗng khi không biết mức tối đa. Mỗi mục: label, beneficiary, model (cả đề án là một mô hình), equipmentAmount, support, supportPercent, percent, maxVnd (đã nhân hệ số dây chuyền công nghệ nếu có), capVnd (mức tối đa áp dụng: số nhỏ hơn giữa percent% của equipmentAmount và maxVnd), technologyLine, overBy, lines, path.',
  en: "The khuyến công support on equipment lines against the cap (the supportCap fact): per beneficiary (a line without beneficiary belongs to the only one), or for the whole project when the cap counts per model. The technology-line multiplier applies when all of a beneficiary's equipment lines have technologyLine: true. Empty when no cap is known. Each item: label, beneficiary, model (the whole project is one model), equipmentAmount, support, supportPercent, percent, maxVnd (times the technology-line multiplier when it applies), capVnd (the cap that applies: the lower of percent% of equipmentAmount and maxVnd), technologyLine, overBy, lines, path.",
};
