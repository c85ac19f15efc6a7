import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { requestLetters } from './request-letters.js';

/**
 * The catalogue fact `beneficiaryRequestsMissingOrLate`. A letter whose date the dossier does not
 * give is not taken as no letter: it is noted as lacking, and a late letter listed still decides.
 * (The name is kept for the rule files that cite it.)
 */
export const fact = defineFact({
  name: 'beneficiaryRequestsMissingOrLate',
  returns: 'list',
  compute: (context) =>
    requestLetters(context).filter((letter) => {
      if (letter.letterMissing) noteUnknown(context, letter.path, letter.label);
      return letter.afterSubmission;
    }),
});

/** What `beneficiaryRequestsMissingOrLate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cơ sở thụ hưởng có đơn đề nghị hỗ trợ ghi ngày sau ngày nộp hồ sơ (submittedOn, nếu hồ sơ có ghi). Cơ sở chưa ghi ngày đơn (requestLetterOn) không được coi là không có đơn: quy tắc là chưa đủ thông tin, nêu trường cần bổ sung. Mỗi mục như beneficiaryRequestLetters.',
  en: 'The beneficiaries whose request letter is dated after the dossier was submitted (submittedOn, when given). A beneficiary whose letter date (requestLetterOn) is not given is not taken as having no letter: a rule is incomplete, naming the field to supply. Items as in beneficiaryRequestLetters.',
};
