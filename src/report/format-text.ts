import { formatCalendarDate, formatNumber } from '../i18n/format.js';
import { valueLabel } from '../i18n/labels.js';
import type { Locale } from '../i18n/locale.js';
import type { Finding, Report } from '../schema/report.js';

const WORDS = {
  vi: {
    project: 'Đề án',
    score: 'Điểm',
    verdict: 'Kết luận',
    asOf: 'Ngày đánh giá',
    reference: 'Ngày tham chiếu pháp lý',
    counts: (pass: number, fail: number, na: number) => `${pass} đạt, ${fail} chưa đạt, ${na} không áp dụng`,
    fix: 'Khắc phục',
    basis: 'Căn cứ',
    verified: 'đã kiểm chứng',
    unverified: 'chưa kiểm chứng',
    points: 'điểm',
    producedBy: 'Tạo bởi',
    legalData: 'dữ liệu pháp lý',
    severity: { critical: 'nghiêm trọng', major: 'quan trọng', minor: 'nhỏ', info: 'thông tin' },
    sources: { option: 'do người dùng chọn', approvedOn: 'ngày phê duyệt', submittedOn: 'ngày nộp hồ sơ', 'period.start': 'ngày bắt đầu', asOf: 'ngày đánh giá' },
  },
  en: {
    project: 'Project',
    score: 'Score',
    verdict: 'Verdict',
    asOf: 'Evaluated as of',
    reference: 'Legal reference date',
    counts: (pass: number, fail: number, na: number) => `${pass} passed, ${fail} failed, ${na} not applicable`,
    fix: 'Fix',
    basis: 'Basis',
    verified: 'verified',
    unverified: 'unverified',
    points: 'points',
    producedBy: 'Produced by',
    legalData: 'legal data',
    severity: { critical: 'critical', major: 'major', minor: 'minor', info: 'info' },
    sources: { option: 'chosen by the caller', approvedOn: 'approval date', submittedOn: 'submission date', 'period.start': 'start date', asOf: 'evaluation date' },
  },
} as const;

const STATUS_MARK = { fail: '✗', pass: '✓', 'not-applicable': '–' } as const;
/** Informative findings are neither good nor bad news: they get their own mark. */
const INFO_MARK = 'ℹ';
const STATUS_ORDER = { fail: 0, pass: 1, 'not-applicable': 2 } as const;

function formatFinding(finding: Finding, locale: Locale): string[] {
  const words = WORDS[locale];
  const lost = finding.impact.pointsLost > 0 ? ` (−${formatNumber(finding.impact.pointsLost, locale)} ${words.points})` : '';
  const mark = finding.severity === 'info' ? INFO_MARK : STATUS_MARK[finding.status];
  const lines = [`  ${mark} [${words.severity[finding.severity]}] ${finding.ruleId}${lost}`, `      ${finding.message}`];
  if (finding.severity === 'info') return lines;
  if (finding.remediation) lines.push(`      → ${words.fix}: ${finding.remediation}`);
  if (finding.status === 'fail') {
    const basis = finding.references.map((ref) => `${ref.citation} (${ref.verified ? words.verified : words.unverified})`);
    lines.push(`      ${words.basis}: ${basis.join('; ')}`);
  }
  return lines;
}

/**
 * A plain-text rendering of a report, in the report's locale: score and verdict,
 * then each lesson with its failed, passed and not-applicable findings.
 */
export function formatReportText(report: Report): string {
  const locale = report.locale;
  const words = WORDS[locale];
  const lines: string[] = [];
  if (report.dossier.id || report.dossier.title) {
    lines.push(`${words.project} ${[report.dossier.id, report.dossier.title].filter(Boolean).join(' — ')}`);
  }
  lines.push(`${words.score}: ${report.score}/100 — ${words.verdict}: ${valueLabel(report.verdict, locale)}`);
  lines.push(
    `${words.asOf}: ${formatCalendarDate(report.asOf, locale)} · ${words.reference}: ${formatCalendarDate(report.referenceDate.date, locale)} (${words.sources[report.referenceDate.source]})`,
  );
  for (const lesson of report.lessons) {
    lines.push('');
    const score = lesson.score === null ? '—' : `${lesson.score}/100`;
    lines.push(`${lesson.id} ${lesson.title}: ${score} (${words.counts(lesson.counts.pass, lesson.counts.fail, lesson.counts.notApplicable)})`);
    const findings = report.findings
      .filter((finding) => finding.lesson === lesson.id)
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    for (const finding of findings) lines.push(...formatFinding(finding, locale));
  }
  lines.push('');
  const sets = report.ruleSets.map((set) => `${set.id}@${set.version}`).join(', ');
  lines.push(`${words.producedBy}: ${sets}; ${words.legalData} ${report.legalData.version}; ${report.library.name} ${report.library.version}`);
  return lines.join('\n');
}
