import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { requestLetters } from './request-letters.js';

/** The catalogue fact `beneficiaryRequestLetters`. */
export const fact = defineFact({
  name: 'beneficiaryRequestLetters',
  returns: 'list',
  compute: requestLetters,
});

/** What `beneficiaryRequestLetters` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Đơn đề nghị hỗ trợ của từng cơ sở thụ hưởng. Mỗi mục: label (tên, mã hoặc vị trí trong hồ sơ), id, requestLetterOn, submittedOn (ngày nộp hồ sơ), letterMissing (chưa ghi đơn), afterSubmission (đơn ghi ngày sau ngày nộp hồ sơ), daysAfterSubmission, path.',
  en: "Each beneficiary's request letter. Each item: label (name, id or place in the dossier), id, requestLetterOn, submittedOn (the dossier's submission date), letterMissing (no letter recorded), afterSubmission (the letter is dated after the dossier was submitted), daysAfterSubmission, path.",
};
