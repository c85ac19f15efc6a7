import { defineFact } from './define.js';

export const coreFacts = [
  defineFact({
    name: 'dossier',
    description: {
      vi: 'Toàn bộ hồ sơ đề án (các trường null coi như không có); dùng với "path", ví dụ "presidingUnit.staff.technical".',
      en: 'The whole dossier (null fields count as absent); use with "path", e.g. "presidingUnit.staff.technical".',
    },
    compute: (context) => context.dossier,
  }),
  defineFact({
    name: 'stage',
    description: {
      vi: 'Giai đoạn của đề án; hồ sơ không ghi giai đoạn được coi là "proposal" (đề xuất).',
      en: 'The stage of the project; a dossier with no stage counts as "proposal".',
    },
    compute: (context) => context.dossier.stage ?? 'proposal',
  }),
  defineFact({
    name: 'asOf',
    description: { vi: 'Ngày đánh giá (YYYY-MM-DD).', en: 'The evaluation date (YYYY-MM-DD).' },
    compute: (context) => context.asOf,
  }),
  defineFact({
    name: 'referenceDate',
    description: {
      vi: 'Ngày tham chiếu pháp lý (YYYY-MM-DD): văn bản có hiệu lực vào ngày này được áp dụng.',
      en: 'The legal reference date (YYYY-MM-DD): the law in force on this date applies.',
    },
    compute: (context) => context.referenceDate,
  }),
  defineFact({
    name: 'beneficiaryCount',
    description: { vi: 'Số cơ sở thụ hưởng được kê khai.', en: 'The number of beneficiaries listed.' },
    compute: (context) => context.dossier.beneficiaries?.length ?? 0,
  }),
];
