import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { requestLetters } from './request-letters.js';

/** The catalogue fact `beneficiaryRequestsMissingOrLate`. */
export const fact = defineFact({
  name: 'beneficiaryRequestsMissingOrLate',
  compute: (context) => requestLetters(context).filter((letter) => letter.letterMissing || letter.afterSubmission),
});

/** What `beneficiaryRequestsMissingOrLate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cơ sở thụ hưởng chưa có đơn đề nghị hỗ trợ (requestLetterOn), hoặc có đơn ghi ngày sau ngày nộp hồ sơ (submittedOn, nếu hồ sơ có ghi). Mỗi mục như beneficiaryRequestLetters.',
  en: 'The beneficiaries with no request letter (requestLetterOn), or whose letter is dated after the dossier was submitted (submittedOn, when given). Items as in beneficiaryRequestLetters.',
};
