import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { beneficiaryEligibility } from './eligibility.js';

/** The catalogue fact `beneficiaryEligibility`. */
export const fact = defineFact({
  name: 'beneficiaryEligibility',
  compute: (context) => beneficiaryEligibility(context),
});

/** What `beneficiaryEligibility` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Mỗi cơ sở thụ hưởng, đối chiếu với loại hình (eligibleBeneficiaryKinds) và địa bàn (eligibleAreas) được hỗ trợ vào ngày tham chiếu. Địa bàn là location.area của cơ sở, nếu không có thì location.area của đề án. Mỗi mục: label, id, kind, area, areaPath (nơi đọc địa bàn), kindIneligible, areaIneligible, missingKind / missingArea (đường dẫn trường còn thiếu), eligible, path.',
  en: "Every beneficiary, checked against the kinds (eligibleBeneficiaryKinds) and areas (eligibleAreas) eligible on the reference date. The area is the beneficiary's location.area, else the project's location.area. Each item: label, id, kind, area, areaPath (where the area was read), kindIneligible, areaIneligible, missingKind / missingArea (the path of a missing field), eligible, path.",
};
