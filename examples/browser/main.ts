/**
 * The browser example: an appraisal officer pastes or edits a dossier and sees the score, the
 * verdict and the findings update as they type. Plain DOM code; the library is imported by its
 * package name, exactly as a host app would (build.mjs points the name at the sources).
 */
import {
  createEvaluator,
  DossierValidationError,
  formatCalendarDate,
  OptionsError,
  say,
  type Evaluator,
  type Finding,
  type FindingStatus,
  type LessonResult,
  type Locale,
  type Report,
} from 'khuyencong';
import { isPageWord, word } from './words.js';
// Embedded at build time: the page needs no request to show an example.
import exampleDossier from '../dossier-example.json';
import weakDraft from '../weak-draft.json';

/** How long typing must pause before the dossier is evaluated again. */
const DEBOUNCE_MS = 250;

/** The examples the page can load, each with the evaluation date it is meant to be read at (as in examples/demo.mjs). */
const EXAMPLES = {
  example: { dossier: exampleDossier as unknown, asOf: '2024-12-01' },
  weak: { dossier: weakDraft as unknown, asOf: '2026-04-01' },
} as const;

type Status = FindingStatus;

/**
 * The groups findings are shown in, failures first. Informative findings (severity `info`) are
 * never scored and the lesson counts leave them out, so they get a group of their own.
 */
type Group = Status | 'info';
const GROUP_ORDER: readonly Group[] = ['fail', 'incomplete', 'info', 'pass', 'not-applicable'];

function groupOf(finding: Finding): Group {
  return finding.severity === 'info' ? 'info' : finding.status;
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

type Child = Node | string | null | undefined | false;

/** Creates an element; text is always set as text, never parsed as HTML (dossiers are untrusted). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The page has no <${type.name}> #${id}.`);
  return found;
}

const input = element('dossier', HTMLTextAreaElement);
const localeSelect = element('locale', HTMLSelectElement);
const asOfInput = element('as-of', HTMLInputElement);
const loadExampleButton = element('load-example', HTMLButtonElement);
const loadWeakButton = element('load-weak', HTMLButtonElement);
const statusLine = element('status', HTMLParagraphElement);
const errorPanel = element('error', HTMLDivElement);
const reportPanel = element('report', HTMLDivElement);

// ---------------------------------------------------------------------------------------------
// Formatting

function currentLocale(): Locale {
  return localeSelect.value === 'en' ? 'en' : 'vi';
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Which finding groups the officer has opened or closed, kept across re-renders. */
const groupOpen: Record<Group, boolean> = { fail: true, incomplete: true, info: true, pass: false, 'not-applicable': false };

function applyPageLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = word(locale, 'pageTitle');
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((node) => {
    const name = node.dataset['text'];
    if (isPageWord(name)) node.textContent = word(locale, name);
  });
}

function setState(state: 'pending' | 'report' | 'error'): void {
  document.body.dataset['state'] = state;
  input.setAttribute('aria-invalid', state === 'error' ? 'true' : 'false');
}

function renderFinding(finding: Finding, locale: Locale): HTMLLIElement {
  const lost = finding.impact.pointsLost > 0 ? say(locale, 'report.pointsLost', { points: finding.impact.pointsLost }) : null;
  const isInfo = finding.severity === 'info';
  const card = h(
    'li',
    {
      class: `finding finding--${isInfo ? 'info' : finding.status}`,
      'data-testid': `finding-${finding.ruleId}`,
      'data-status': finding.status,
      'data-severity': finding.severity,
    },
    h(
      'div',
      { class: 'finding__head' },
      h('span', { class: `badge badge--${finding.severity}`, 'data-testid': 'severity' }, say(locale, `severity.${finding.severity}`)),
      h('span', { class: 'finding__title' }, finding.title),
      lost && h('span', { class: 'finding__points', 'data-testid': 'points-lost' }, lost),
    ),
    h('code', { class: 'finding__rule' }, finding.ruleId),
    h('p', { class: 'finding__message', 'data-testid': 'message' }, finding.message),
  );
  // As in the text report: an informative finding is only its message; failures say how to fix them, incomplete ones what to supply.
  if (isInfo || (finding.status !== 'fail' && finding.status !== 'incomplete')) return card;
  if (finding.remediation) {
    card.append(h('p', { class: 'finding__fix', 'data-testid': 'remediation' }, h('strong', {}, `${say(locale, 'report.fix')}: `), finding.remediation));
  }
  if (finding.missing && finding.missing.length > 0) {
    const fields = finding.missing.flatMap((path, index) => [index > 0 ? ', ' : '', h('code', {}, path)]);
    card.append(h('p', { class: 'finding__missing' }, h('strong', {}, `${word(locale, 'missing')}: `), ...fields));
  }
  if (finding.status === 'fail' && finding.references.length > 0) {
    const references = finding.references.map((reference) => {
      const state = say(locale, reference.verified ? 'report.verified' : 'report.unverified');
      const citation = reference.url ? h('a', { href: reference.url, rel: 'noopener noreferrer', target: '_blank' }, reference.citation) : reference.citation;
      return h(
        'li',
        {
          class: `reference reference--${reference.verified ? 'verified' : 'unverified'}`,
          'data-testid': 'reference',
          'data-verified': String(reference.verified),
          title: reference.note,
        },
        h('span', { class: 'reference__mark', 'aria-hidden': 'true' }, reference.verified ? '✓' : '?'),
        h('span', {}, citation, ' ', h('span', { class: 'reference__state' }, `(${state})`)),
      );
    });
    card.append(h('div', { class: 'finding__basis' }, h('strong', {}, `${say(locale, 'report.basis')}:`), h('ul', { class: 'references' }, ...references)));
  }
  return card;
}

function renderLesson(lesson: LessonResult, locale: Locale): HTMLLIElement {
  const score = lesson.score === null ? null : Math.round(lesson.score * 10) / 10;
  const tone = score === null ? 'none' : score >= 100 ? 'full' : score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
  return h(
    'li',
    { class: 'lesson', 'data-testid': `lesson-${lesson.id}` },
    h('span', { class: 'lesson__id' }, lesson.id),
    h(
      'div',
      { class: 'lesson__body' },
      h('span', { class: 'lesson__title' }, lesson.title),
      h(
        'div',
        { class: 'bar', role: 'presentation' },
        h('span', { class: `bar__fill bar__fill--${tone}`, style: `width: ${score ?? 0}%` }),
      ),
      h('span', { class: 'lesson__counts' }, word(locale, 'counts', lesson.counts)),
    ),
    h(
      'span',
      { class: 'lesson__score', 'data-testid': `lesson-${lesson.id}-score` },
      score === null ? '—' : String(score),
      score === null ? h('span', { class: 'visually-hidden' }, ` ${word(locale, 'noLessonScore')}`) : h('span', { class: 'lesson__of' }, '/100'),
    ),
  );
}

function renderFindingGroup(status: Group, findings: readonly Finding[], locale: Locale): HTMLElement {
  const sorted = [...findings];
  if (status === 'fail' || status === 'incomplete') sorted.sort((a, b) => b.impact.pointsLost - a.impact.pointsLost);
  const group = h(
    'details',
    { class: `group group--${status}`, 'data-testid': `group-${status}` },
    h('summary', {}, h('span', { class: 'group__title' }, word(locale, `group.${status}`)), h('span', { class: 'group__count' }, String(findings.length))),
  );
  group.open = groupOpen[status];
  group.addEventListener('toggle', () => {
    groupOpen[status] = group.open;
  });
  if (sorted.length === 0) {
    group.append(h('p', { class: 'group__empty' }, word(locale, 'noFailures')));
  } else {
    group.append(h('ul', { class: 'findings' }, ...sorted.map((finding) => renderFinding(finding, locale))));
  }
  return group;
}

function renderReport(report: Report): void {
  const locale = report.locale;
  const fails = report.findings.filter((finding) => groupOf(finding) === 'fail').length;
  const verdict = say(locale, `label.${report.verdict}`);

  const heading = [report.dossier.id, report.dossier.title].filter(Boolean).join(' — ');
  const summary = h(
    'div',
    { class: `summary summary--${report.verdict}` },
    h(
      'div',
      { class: 'summary__score' },
      h('span', { class: 'summary__label' }, say(locale, 'report.score')),
      h('span', { class: 'summary__value' }, h('span', { 'data-testid': 'score' }, String(report.score)), h('span', { class: 'summary__of' }, '/100')),
    ),
    h(
      'div',
      { class: 'summary__details' },
      heading && h('p', { class: 'summary__dossier', 'data-testid': 'dossier-title' }, heading),
      h(
        'p',
        { class: 'summary__verdict' },
        h('span', { class: 'summary__label' }, `${say(locale, 'report.verdict')}: `),
        h('span', { class: `verdict verdict--${report.verdict}`, 'data-testid': 'verdict', 'data-verdict': report.verdict }, verdict),
      ),
      h(
        'p',
        { class: 'summary__dates' },
        `${say(locale, 'report.asOf')}: `,
        h('time', { datetime: report.asOf, 'data-testid': 'as-of-used' }, formatCalendarDate(report.asOf, locale)),
        ' · ',
        `${say(locale, 'report.reference')}: `,
        h('time', { datetime: report.referenceDate.date }, formatCalendarDate(report.referenceDate.date, locale)),
        ` (${say(locale, `referenceSource.${report.referenceDate.source}`)})`,
      ),
      h(
        'ul',
        { class: 'summary__reasons', 'data-testid': 'verdict-reasons' },
        ...report.verdictReasons.map((reason) => h('li', { 'data-code': reason.code }, reason.message)),
      ),
      h(
        'p',
        { class: 'summary__completeness' },
        `${say(locale, 'report.completeness')}: `,
        h('span', { 'data-testid': 'completeness' }, String(report.completeness)),
        '/100',
      ),
    ),
  );
  const notes = [
    report.warnings.length > 0 &&
      h(
        'section',
        { class: 'card card--warnings', 'data-testid': 'warnings' },
        h('h3', {}, say(locale, 'report.warnings')),
        h('ul', {}, ...report.warnings.map((warning) => h('li', { 'data-code': warning.code }, warning.message))),
      ),
    report.missing.length > 0 &&
      h(
        'section',
        { class: 'card', 'data-testid': 'missing' },
        h('h3', {}, say(locale, 'report.missing')),
        h('ul', {}, ...report.missing.map((item) => h('li', { 'data-path': item.path }, item.message))),
      ),
  ];

  const lessons = h(
    'section',
    { class: 'card', 'aria-labelledby': 'lessons-heading' },
    h('h3', { id: 'lessons-heading' }, word(locale, 'lessons')),
    h('ol', { class: 'lessons', 'data-testid': 'lessons' }, ...report.lessons.map((lesson) => renderLesson(lesson, locale))),
  );

  const findings = h(
    'section',
    { class: 'card', 'aria-labelledby': 'findings-heading' },
    h('h3', { id: 'findings-heading' }, word(locale, 'findings')),
    ...GROUP_ORDER.flatMap((status) => {
      const inGroup = report.findings.filter((finding) => groupOf(finding) === status);
      return status === 'fail' || inGroup.length > 0 ? [renderFindingGroup(status, inGroup, locale)] : [];
    }),
  );

  const sets = report.ruleSets.map((set) => `${set.id}@${set.version}`).join(', ');
  const footer = h(
    'p',
    { class: 'provenance' },
    `${say(locale, 'report.producedBy')}: ${sets}; ${say(locale, 'report.legalData')} ${report.legalData.version}; ${report.library.name} ${report.library.version}`,
  );

  reportPanel.replaceChildren(summary, ...notes.filter((note) => note !== false), lessons, findings, footer);
  reportPanel.hidden = false;
  errorPanel.hidden = true;
  errorPanel.replaceChildren();
  statusLine.textContent = word(locale, 'summary', { score: report.score, verdict, fails });
  setState('report');
}

interface ShownIssue {
  path?: string;
  message: string;
}

function renderError(title: string, hint: string | undefined, issues: readonly ShownIssue[], kind: string): void {
  const locale = currentLocale();
  const items = issues.map((issue) =>
    h(
      'li',
      { class: 'issue', 'data-testid': 'error-issue', 'data-path': issue.path },
      issue.path !== undefined && h('code', { class: 'issue__path', 'data-testid': 'error-path' }, issue.path === '' ? word(locale, 'root') : issue.path),
      h('span', { class: 'issue__message', 'data-testid': 'error-message' }, issue.message),
    ),
  );
  errorPanel.replaceChildren(
    h('h3', { class: 'error__title', 'data-testid': 'error-title' }, title),
    ...(hint ? [h('p', { class: 'error__hint' }, hint)] : []),
    h('ul', { class: 'issues' }, ...items),
  );
  errorPanel.dataset['kind'] = kind;
  errorPanel.hidden = false;
  reportPanel.hidden = true;
  statusLine.textContent = title;
  setState('error');
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** One evaluator for the page's lifetime: rule sets are validated and the engine built once, on first use. */
let evaluator: Evaluator | undefined;

/** Bumped by every evaluation, so that a slow, stale one never overwrites a newer result. */
let generation = 0;
let pending: ReturnType<typeof setTimeout> | undefined;

async function update(): Promise<void> {
  clearTimeout(pending);
  const current = ++generation;
  const locale = currentLocale();

  let dossier: unknown;
  try {
    dossier = JSON.parse(input.value) as unknown;
  } catch (error) {
    renderError(word(locale, 'invalidJson'), word(locale, 'invalidJsonHint'), [{ message: error instanceof Error ? error.message : String(error) }], 'json');
    return;
  }

  try {
    const asOf = asOfInput.value === '' ? undefined : asOfInput.value;
    evaluator ??= createEvaluator();
    const result = await evaluator.safeEvaluate(dossier, { locale, ...(asOf ? { asOf } : {}) });
    if (current !== generation) return;
    if (result.success) {
      renderReport(result.report);
    } else if (result.error instanceof DossierValidationError) {
      renderError(say(locale, result.error.code, result.error.params), word(locale, 'invalidDossierHint'), result.error.issues, 'dossier');
    } else if (result.error instanceof OptionsError) {
      renderError(say(locale, result.error.code), undefined, result.error.issues, 'option');
    } else {
      renderError(word(locale, 'evaluationFailed'), undefined, [{ message: result.error.messageIn(locale) }], 'evaluation');
    }
  } catch (error) {
    // Not a problem with the input: a bug. Show it, and report it where developers look.
    if (current !== generation) return;
    console.error(error);
    renderError(word(locale, 'unexpected'), undefined, [{ message: error instanceof Error ? error.message : String(error) }], 'unexpected');
  }
}

function scheduleUpdate(): void {
  clearTimeout(pending);
  statusLine.textContent = word(currentLocale(), 'evaluating');
  setState('pending');
  pending = setTimeout(() => void update(), DEBOUNCE_MS);
}

function load(which: keyof typeof EXAMPLES): void {
  const { dossier, asOf } = EXAMPLES[which];
  input.value = `${JSON.stringify(dossier, null, 2)}\n`;
  input.scrollTop = 0;
  asOfInput.value = asOf;
  void update();
}

input.addEventListener('input', scheduleUpdate);
asOfInput.addEventListener('change', () => void update());
localeSelect.addEventListener('change', () => {
  applyPageLanguage(currentLocale());
  void update();
});
loadExampleButton.addEventListener('click', () => load('example'));
loadWeakButton.addEventListener('click', () => load('weak'));

applyPageLanguage(currentLocale());
load('example');
