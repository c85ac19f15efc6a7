import { formatCalendarDate, valueLabel } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { say } from '../i18n/say.js';
import type { Finding, FindingStatus, Report } from '../schema/report.js';

const STATUS_MARK: Readonly<Record<FindingStatus, string>> = { fail: '✗', incomplete: '?', pass: '✓', 'not-applicable': '–' };
/** Informative findings are neither good nor bad news: they get their own mark. */
const INFO_MARK = 'ℹ';
const STATUS_ORDER: Readonly<Record<FindingStatus, number>> = { fail: 0, incomplete: 1, pass: 2, 'not-applicable': 3 };

function formatFinding(finding: Finding, locale: Locale): string[] {
  const lost = finding.impact.pointsLost > 0 ? ` (${say(locale, 'report.pointsLost', { points: finding.impact.pointsLost })})` : '';
  const mark = finding.severity === 'info' ? INFO_MARK : STATUS_MARK[finding.status];
  const lines = [`  ${mark} [${say(locale, `severity.${finding.severity}`)}] ${finding.ruleId}${lost}`, `      ${finding.message}`];
  if (finding.severity === 'info') return lines;
  if (finding.remediation) lines.push(`      → ${say(locale, 'report.fix')}: ${finding.remediation}`);
  if (finding.status === 'fail') {
    const basis = finding.references.map((ref) => `${ref.citation} (${say(locale, ref.verified ? 'report.verified' : 'report.unverified')})`);
    lines.push(`      ${say(locale, 'report.basis')}: ${basis.join('; ')}`);
  }
  return lines;
}

/**
 * A plain-text rendering of a report, in the report's locale: score, verdict and why,
 * completeness, warnings and what to supply, then each lesson with its failed,
 * incomplete, passed and not-applicable findings.
 */
export function formatReportText(report: Report): string {
  const locale = report.locale;
  const lines: string[] = [];
  if (report.dossier.id || report.dossier.title) {
    lines.push(`${say(locale, 'report.project')} ${[report.dossier.id, report.dossier.title].filter(Boolean).join(' — ')}`);
  }
  lines.push(`${say(locale, 'report.score')}: ${report.score}/100 — ${say(locale, 'report.verdict')}: ${valueLabel(report.verdict, locale)}`);
  const source = say(locale, `referenceSource.${report.referenceDate.source}`);
  lines.push(
    `${say(locale, 'report.asOf')}: ${formatCalendarDate(report.asOf, locale)} · ${say(locale, 'report.reference')}: ${formatCalendarDate(report.referenceDate.date, locale)} (${source})`,
  );
  for (const reason of report.verdictReasons) lines.push(`  ${say(locale, 'report.because')}: ${reason.message}`);
  lines.push(`${say(locale, 'report.completeness')}: ${report.completeness}/100`);
  if (report.warnings.length > 0) {
    lines.push('', `${say(locale, 'report.warnings')}:`);
    for (const warning of report.warnings) lines.push(`  ! ${warning.message}`);
  }
  if (report.missing.length > 0) {
    lines.push('', `${say(locale, 'report.missing')}:`);
    for (const item of report.missing) lines.push(`  - ${item.message}`);
  }
  for (const lesson of report.lessons) {
    lines.push('');
    const score = lesson.score === null ? '—' : `${lesson.score}/100`;
    lines.push(`${lesson.id} ${lesson.title}: ${score} (${say(locale, 'report.counts', lesson.counts)})`);
    const findings = report.findings
      .filter((finding) => finding.lesson === lesson.id)
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    for (const finding of findings) lines.push(...formatFinding(finding, locale));
  }
  lines.push('');
  const sets = report.ruleSets.map((set) => `${set.id}@${set.version}`).join(', ');
  lines.push(
    `${say(locale, 'report.producedBy')}: ${sets}; ${say(locale, 'report.legalData')} ${report.legalData.version}; ${report.library.name} ${report.library.version}`,
  );
  // Provincial norms change what a local project is judged by, so the text names them too.
  for (const norms of report.localNorms) lines.push(say(locale, 'report.localNorms', { ...norms, to: norms.effectiveTo ?? undefined }));
  return lines.join('\n');
}
