import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { beneficiariesExpected } from './named-beneficiaries.js';

/** The catalogue fact `beneficiaryCount`. */
export const fact = defineFact({
  name: 'beneficiaryCount',
  returns: 'number',
  compute: (context) => {
    const beneficiaries = context.dossier.beneficiaries;
    if (beneficiaries !== undefined) return beneficiaries.length;
    // No list is not "no beneficiaries" where the content is funded per establishment (or its
    // content is not stated); for other content, a dossier that lists none has none to judge.
    if (beneficiariesExpected(context) !== false) noteUnknown(context, 'beneficiaries');
    return undefined;
  },
});

/** What `beneficiaryCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số cơ sở thụ hưởng được kê khai; 0 khi hồ sơ ghi danh sách rỗng. Khi hồ sơ không có danh sách beneficiaries: với nội dung hỗ trợ theo từng cơ sở (máy móc thiết bị tiên tiến, mô hình trình diễn) hoặc khi chưa ghi nội dung (contentType), không được coi là không có cơ sở nào: quy tắc là chưa đủ thông tin, nêu beneficiaries; với nội dung khác, không có cơ sở nào để đánh giá.',
  en: 'The number of beneficiaries listed; 0 when the dossier gives an empty list. With no beneficiaries list: for content funded per establishment (advanced machinery, demonstration models), or when the content (contentType) is not stated, it is not taken as none: a rule is incomplete, naming beneficiaries; for other content, there are none to judge.',
};
