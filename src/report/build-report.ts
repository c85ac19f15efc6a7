import type { Configuration } from '../engine/configure.js';
import type { Judgement } from '../engine/judge.js';
import type { EvaluationContext } from '../facts/context.js';
import type { Locale } from '../i18n/locale.js';
import { catalogueTemplate } from '../i18n/say.js';
import { renderTemplate, type TemplateNode } from '../i18n/template.js';
import type { Finding, Report } from '../schema/report.js';
import type { LessonId } from '../schema/rule-set.js';
import type { ScoringOptions } from '../scoring/options.js';
import { score } from '../scoring/score.js';
import { LIBRARY_VERSION } from '../version.js';
import { missingItems } from './missing.js';
import { wordVerdictReasons } from './verdict-reasons.js';
import { reportWarnings } from './warnings.js';
import type { RaisedWarning } from '../facts/warnings.js';

/** The template of a finding's message in a locale: its rule's own, or the catalogue's generic one. */
function messageTemplate(judgement: Judgement, locale: Locale): TemplateNode[] {
  const { rule, messageKind } = judgement;
  if (messageKind === 'notInForce') return catalogueTemplate(locale, 'finding.notInForce');
  if (messageKind === 'missing') return rule.messages.missing?.[locale] ?? catalogueTemplate(locale, 'finding.missing');
  return rule.messages[messageKind]![locale];
}

/** Failures say how to fix them, incomplete findings what to supply. */
function remediationTemplate(judgement: Judgement, locale: Locale): TemplateNode[] | undefined {
  if (judgement.status !== 'fail' && judgement.status !== 'incomplete') return undefined;
  return judgement.messageKind === 'missing' ? catalogueTemplate(locale, 'finding.missingRemediation') : judgement.rule.remediation[locale];
}

function toFinding(judgement: Judgement, locale: Locale): Omit<Finding, 'impact'> {
  const { rule, status } = judgement;
  const values = {
    ...judgement.templateValues,
    from: rule.definition.effectiveFrom,
    to: rule.definition.effectiveTo,
  };
  const remediation = remediationTemplate(judgement, locale);
  return {
    ruleId: rule.id,
    ruleSet: rule.ruleSet.id,
    lesson: rule.ruleSet.lesson,
    severity: rule.severity,
    status,
    title: rule.definition.title[locale],
    message: renderTemplate(messageTemplate(judgement, locale), values, locale),
    ...(remediation ? { remediation: renderTemplate(remediation, values, locale) } : {}),
    evidence: judgement.evidence,
    ...(judgement.missing.length > 0 ? { missing: judgement.missing.map((datum) => datum.path) } : {}),
    references: rule.definition.references.map((reference) => ({
      kind: reference.kind,
      citation: reference.citation,
      verified: reference.verified,
      ...(reference.note ? { note: reference.note[locale] } : {}),
      ...(reference.url ? { url: reference.url } : {}),
    })),
  };
}

export interface ReportInputs {
  judgements: readonly Judgement[];
  configuration: Configuration;
  context: EvaluationContext;
  locale: Locale;
  scoring: ScoringOptions;
  /** The warnings facts raised during the run. */
  raisedWarnings: Iterable<RaisedWarning>;
}

/** Renders the findings in the locale, scores them and stamps the report with what produced it. */
export function buildReport({ judgements, configuration, context, locale, scoring, raisedWarnings }: ReportInputs): Report {
  const ruleSets = configuration.ruleSets.map(({ ruleSet }) => ruleSet);
  const findings = judgements.map((judgement) => toFinding(judgement, locale));
  const scored = findings.map((finding) => {
    const weight = configuration.ruleWeights.get(finding.ruleId);
    return weight === undefined ? finding : { ...finding, weight };
  });
  const result = score(scored, configuration.lessonWeights, scoring);
  // A lesson's title comes from its first rule set; a host's extra rule sets join that lesson.
  const titles = new Map<LessonId, string>();
  for (const ruleSet of ruleSets) if (!titles.has(ruleSet.lesson)) titles.set(ruleSet.lesson, ruleSet.title[locale]);
  const { dossier } = context;
  return {
    format: 'khuyencong.report/1',
    score: result.score,
    verdict: result.verdict,
    verdictReasons: wordVerdictReasons(result.verdictReasons, locale),
    completeness: result.completeness,
    missing: missingItems(judgements, locale),
    warnings: reportWarnings({ context, judgements }, raisedWarnings, locale),
    locale,
    asOf: context.asOf,
    referenceDate: { date: context.referenceDate, source: context.referenceDateSource },
    dossier: { ...(dossier.id !== undefined ? { id: dossier.id } : {}), ...(dossier.title !== undefined ? { title: dossier.title } : {}) },
    lessons: result.lessons.map((lesson) => ({
      id: lesson.lesson,
      title: titles.get(lesson.lesson) ?? lesson.lesson,
      score: lesson.score,
      weight: lesson.weight,
      counts: lesson.counts,
    })),
    findings: findings.map((finding, index) => ({ ...finding, impact: result.impacts[index]! })),
    ...stampOf(configuration, scoring),
  };
}

/** What produced a report, as stamped on it: the same for every report of one evaluator. */
export type ReportStamp = Pick<Report, 'ruleSets' | 'legalData' | 'localNorms' | 'overrides' | 'scoring' | 'library'>;

export function stampOf(configuration: Configuration, scoring: ScoringOptions): ReportStamp {
  return {
    ruleSets: configuration.ruleSets.map(({ ruleSet, origin, fingerprint }) => ({
      id: ruleSet.id,
      lesson: ruleSet.lesson,
      version: ruleSet.version,
      fingerprint,
      origin,
    })),
    legalData: { ...configuration.legalData },
    localNorms: configuration.localNorms.map(({ norms, fingerprint }) => ({
      province: norms.province,
      source: norms.source,
      verified: norms.verified,
      effectiveFrom: norms.effectiveFrom,
      effectiveTo: norms.effectiveTo ?? null,
      fingerprint,
    })),
    overrides: structuredClone(configuration.overrides),
    scoring: { severityWeights: { ...scoring.severityWeights }, readyAt: scoring.readyAt, notReadyBelow: scoring.notReadyBelow },
    library: { name: 'khuyencong', version: LIBRARY_VERSION },
  };
}
