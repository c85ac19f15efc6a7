import type { LocalizedText } from './locale.js';

/** Messages shared by every rule, used where a rule does not give its own. */
export const GENERIC_MESSAGES = {
  missing: {
    vi: 'Hồ sơ chưa có thông tin cần để đánh giá tiêu chí này: {{missing}}.',
    en: 'The dossier lacks the information needed to judge this criterion: {{missing}}.',
  },
  missingRemediation: {
    vi: 'Bổ sung vào hồ sơ: {{missing}}.',
    en: 'Add to the dossier: {{missing}}.',
  },
  notInForce: {
    vi: 'Tiêu chí này chỉ áp dụng cho ngày tham chiếu{{#from}} từ {{from|date}}{{/from}}{{#to}} đến hết {{to|date}}{{/to}}; ngày tham chiếu của hồ sơ là {{referenceDate|date}}.',
    en: 'This criterion applies only to reference dates{{#from}} from {{from|date}}{{/from}}{{#to}} up to {{to|date}}{{/to}}; the reference date of this dossier is {{referenceDate|date}}.',
  },
} as const satisfies Record<string, LocalizedText>;
