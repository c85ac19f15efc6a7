/*
 * The page's own words, as a catalogue in the library's shape: Vietnamese defines the ids,
 * English must give each of them. What the library also says (score, verdict, severities,
 * "Invalid dossier (2 problems)"…) comes from the library's catalogue through `say`.
 */
import { createSay } from 'khuyencong';

export const vi = {
  pageTitle: 'Đánh giá đề án khuyến công — khuyencong',
  title: 'Đánh giá đề án khuyến công',
  intro:
    'Dán hoặc sửa hồ sơ đề án (JSON, định dạng khuyencong.dossier/1): điểm, kết luận và các phát hiện được cập nhật ngay khi bạn gõ.',
  language: 'Ngôn ngữ',
  asOf: 'Ngày đánh giá',
  loadExample: 'Nạp hồ sơ mẫu',
  loadWeak: 'Nạp bản nháp yếu',
  dossier: 'Hồ sơ đề án (JSON)',
  results: 'Kết quả đánh giá',
  lessons: 'Điểm theo bài học',
  findings: 'Các phát hiện',
  'group.fail': 'Chưa đạt',
  'group.info': 'Thông tin tham khảo',
  'group.incomplete': 'Thiếu thông tin để đánh giá',
  'group.pass': 'Đạt',
  'group.not-applicable': 'Không áp dụng',
  noFailures: 'Không có tiêu chí nào chưa đạt.',
  counts: '{{pass}} đạt · {{fail}} chưa đạt · {{incomplete}} thiếu thông tin · {{notApplicable}} không áp dụng',
  missing: 'Thiếu thông tin',
  noLessonScore: 'không có tiêu chí áp dụng',
  evaluating: 'Đang đánh giá…',
  summary: 'Điểm {{score}}/100 — {{verdict}} ({{fails}} tiêu chí chưa đạt)',
  invalidJson: 'Không đọc được JSON',
  invalidJsonHint: 'Kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép quanh tên trường.',
  invalidDossierHint: 'Sửa các trường dưới đây; trường còn thiếu thì không phải lỗi.',
  evaluationFailed: 'Không đánh giá được hồ sơ',
  unexpected: 'Lỗi không mong đợi khi đánh giá',
  root: '(toàn bộ hồ sơ)',
} as const;

export type PageWord = keyof typeof vi;

export const en: Readonly<Record<PageWord, string>> = {
  pageTitle: 'Industrial-promotion project appraisal — khuyencong',
  title: 'Industrial-promotion project appraisal',
  intro: 'Paste or edit a project dossier (JSON, khuyencong.dossier/1 format): the score, verdict and findings update as you type.',
  language: 'Language',
  asOf: 'Evaluated as of',
  loadExample: 'Load the example',
  loadWeak: 'Load the weak draft',
  dossier: 'Project dossier (JSON)',
  results: 'Evaluation results',
  lessons: 'Score by lesson',
  findings: 'Findings',
  'group.fail': 'Failed',
  'group.info': 'For information',
  'group.incomplete': 'Incomplete',
  'group.pass': 'Passed',
  'group.not-applicable': 'Not applicable',
  noFailures: 'No rule failed.',
  counts: '{{pass}} passed · {{fail}} failed · {{incomplete}} incomplete · {{notApplicable}} not applicable',
  missing: 'Missing',
  noLessonScore: 'no applicable rule',
  evaluating: 'Evaluating…',
  summary: 'Score {{score}}/100 — {{verdict}} ({{fails}} failed)',
  invalidJson: 'The JSON cannot be read',
  invalidJsonHint: 'Check commas, brackets and the double quotes around field names.',
  invalidDossierHint: 'Correct the fields below; a missing field is never an error.',
  evaluationFailed: 'The dossier could not be evaluated',
  unexpected: 'Unexpected error while evaluating',
  root: '(the whole dossier)',
};

/** The page's words in a locale. */
export const word = createSay({ vi, en });

/** Whether a `data-text` attribute names one of the page's words. */
export function isPageWord(name: string | undefined): name is PageWord {
  return name !== undefined && Object.hasOwn(vi, name);
}
