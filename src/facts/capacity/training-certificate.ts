import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `trainingCertificate`. */
export const fact = defineFact({
  name: 'trainingCertificate',
  returns: 'object',
  compute: (context) => context.dossier.presidingUnit?.vocationalTraining?.registrationCertificate,
});

/** What `trainingCertificate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp của đơn vị chủ trì (presidingUnit.vocationalTraining.registrationCertificate): { number, issuedBy, issuedOn, validUntil, occupations }; không có nếu hồ sơ không ghi.',
  en: "The presiding unit's vocational-training registration certificate (presidingUnit.vocationalTraining.registrationCertificate): { number, issuedBy, issuedOn, validUntil, occupations }; absent when the dossier records none.",
};
