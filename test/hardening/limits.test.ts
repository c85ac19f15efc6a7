import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKnownOperator } from '../../src/engine/operators.js';
import { formatValue } from '../../src/i18n/format.js';
import { parseTemplate, renderTemplate } from '../../src/i18n/template.js';
import { createEvaluator, DossierValidationError, LIMITS, RuleSetError, safeEvaluate, validateDossier } from '../../src/index.js';
import { exampleDossier } from '../support/dossiers.js';

/* Issue 10: every limit of LIMITS (docs/limits.md) is enforced with a typed error naming it. */

const L3 = JSON.parse(readFileSync(new URL('../../rules/L3.json', import.meta.url), 'utf8')) as { rules: Record<string, unknown>[] };
const LONG = 60_000;

function ruleSetError(ruleSet: unknown): RuleSetError {
  try {
    createEvaluator({ ruleSets: [ruleSet] });
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('the rule set loaded');
}

function issuesOf(input: unknown) {
  const result = validateDossier(input, { locale: 'en' });
  if (result.success) throw new Error('the dossier is valid');
  expect(result.error).toBeInstanceOf(DossierValidationError);
  return result.error.issues;
}

describe('dossier limits', () => {
  it('a 60 MB field is rejected as too long, naming stringLength', { timeout: LONG }, () => {
    expect(issuesOf({ title: 'a'.repeat(60_000_000) })).toEqual([
      expect.objectContaining({ path: 'title', code: 'too_long', limit: 'stringLength' }),
    ]);
    expect(validateDossier({ title: 'a'.repeat(LIMITS.stringLength) }).success).toBe(true);
  });

  it('the whole input is bounded: inputSize', { timeout: LONG }, () => {
    const lines = Array.from({ length: 200 }, () => ({ item: 'x'.repeat(LIMITS.stringLength) }));
    const issues = issuesOf({ budget: { lines } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_large', limit: 'inputSize' });
  });

  it('nesting is bounded: depth (a cycle too)', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(issuesOf({ title: deep })[0]).toMatchObject({ code: 'too_deep', limit: 'depth' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(issuesOf(cyclic)[0]).toMatchObject({ code: 'too_deep', limit: 'depth' });
  });

  it('lists are bounded: listItems, and the message says how many', () => {
    const [issue] = issuesOf({ activities: Array.from({ length: LIMITS.listItems + 1 }, () => ({})) });
    expect(issue).toMatchObject({ path: 'activities', code: 'too_many_items', limit: 'listItems' });
    expect(issue?.message).toContain('10,001');
  });

  it('an error lists the first reportedIssues problems and counts the rest', { timeout: LONG }, () => {
    const lines = Array.from({ length: LIMITS.listItems }, () => ({ item: 7, amount: 'many' }));
    const result = validateDossier({ budget: { lines } }, { locale: 'en' });
    if (result.success) throw new Error('the dossier is valid');
    const { error } = result;
    expect(error.issues).toHaveLength(LIMITS.reportedIssues);
    expect(error.details).toHaveLength(LIMITS.reportedIssues);
    expect(error.omitted).toBe(error.params.count - LIMITS.reportedIssues);
    expect(error.params.count).toBeGreaterThanOrEqual(2 * LIMITS.listItems);
    expect(error.message.split('\n')).toHaveLength(LIMITS.reportedIssues + 2);
    expect(error.message.split('\n').at(-1)).toBe(`  - and ${error.omitted.toLocaleString('en-US')} more`);
    expect(error.messageIn('vi').split('\n').at(-1)).toBe(`  - và ${error.omitted.toLocaleString('en-US').replaceAll(',', '.')} mục khác`);
  });

  it('an error with fewer problems lists them all and omits none', () => {
    const result = validateDossier({ budget: { lines: [{ amount: 'many' }] } });
    if (result.success) throw new Error('the dossier is valid');
    expect(result.error.omitted).toBe(0);
    expect(result.error.message).not.toMatch(/mục khác/);
  });

  it('a dossier within the limits is evaluated as before', async () => {
    expect((await safeEvaluate(exampleDossier(), { asOf: '2024-12-01' })).success).toBe(true);
  });
});

describe('rule-set limits', () => {
  it('conditions nested 2,000 deep: conditionDepth', () => {
    let conditions: unknown = { fact: 'dossier', path: 'title', operator: 'isPresent', value: true };
    for (let level = 0; level < 2_000; level += 1) conditions = { all: [conditions] };
    const error = ruleSetError({ ...L3, id: 'host-deep', rules: [{ ...L3.rules[0], id: 'deep', conditions }] });
    expect(error.details[0]).toMatchObject({ code: 'too_deep', limit: 'ruleSetDepth' });
  });

  it('conditions deeper than conditionDepth but within the JSON depth', () => {
    let conditions: unknown = { fact: 'dossier', path: 'title', operator: 'isPresent', value: true };
    for (let level = 0; level <= LIMITS.conditionDepth; level += 1) conditions = { not: conditions };
    const error = ruleSetError({ ...L3, id: 'host-deep', rules: [{ ...L3.rules[0], id: 'deep', conditions }] });
    expect(error.details[0]).toMatchObject({ code: 'too_deep', limit: 'conditionDepth' });
    expect(error.messageIn('en')).toContain('32');
  });

  it("the operator 'not:'.repeat(10000) + 'equal' does not load", () => {
    const operator = `${'not:'.repeat(10_000)}equal`;
    expect(isKnownOperator(operator)).toBe(false);
    expect(isKnownOperator('not:not:not:not:equal')).toBe(false);
    expect(isKnownOperator('not:someFact:equal')).toBe(true);
    const conditions = { all: [{ fact: 'dossier', path: 'title', operator, value: 'x' }] };
    const error = ruleSetError({ ...L3, id: 'host-operator', rules: [{ ...L3.rules[0], id: 'operator', conditions }] });
    expect(error.details[0]).toMatchObject({ code: 'too_long', limit: 'operatorName' });
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('a rule set of too many rules: rules', () => {
    const rules = Array.from({ length: LIMITS.rules + 1 }, (_, index) => ({ ...L3.rules[0], id: `r${index}` }));
    expect(ruleSetError({ ...L3, id: 'host-many', rules }).details[0]).toMatchObject({ code: 'too_many_items', limit: 'rules' });
  });

  it('a rule set error lists the first reportedIssues problems and counts the rest', () => {
    const problems = Array.from({ length: 150 }, (_, index) => `rules[${index}]: problem ${index}`);
    const error = new RuleSetError('host-broken', undefined, problems);
    expect(error.problems).toHaveLength(LIMITS.reportedIssues);
    expect(error.omitted).toBe(50);
    expect(error.messageIn('en').split('\n').at(-1)).toBe('  - and 50 more');
    expect(error.message.split('\n').at(-1)).toBe('  - và 50 mục khác / and 50 more');
  });

  it('a rule set whose getter throws is a RuleSetError', () => {
    const ruleSet = {
      ...L3,
      get rules(): never {
        throw new Error('boom');
      },
    };
    expect(ruleSetError(ruleSet).details[0]).toMatchObject({ code: 'unreadable' });
  });
});

describe('long lists in messages are summarised', () => {
  const items = Array.from({ length: 39_578 }, (_, index) => `line ${index + 1}`);

  it('a section lists the first items then how many more, per locale', () => {
    const nodes = parseTemplate('Lines: {{#lines}}{{.}}{{/lines}}.');
    const en = renderTemplate(nodes, { lines: items }, 'en');
    expect(en.endsWith('line 20; and 39,558 more.')).toBe(true);
    expect(en.split('; ')).toHaveLength(21);
    expect(renderTemplate(nodes, { lines: items }, 'vi').endsWith('line 20; và 39.558 mục khác.')).toBe(true);
    expect(renderTemplate(nodes, { lines: items.slice(0, 20) }, 'en')).not.toContain('more');
  });

  it('a list value is joined with its count of the rest', () => {
    expect(formatValue(items, undefined, 'en')).toMatch(/line 20,? and 39,558 more$/);
    expect(formatValue(items, undefined, 'vi')).toMatch(/line 20 và 39\.558 mục khác$/);
  });
});
