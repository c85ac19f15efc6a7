import type { AnyFactDefinition } from '../facts/define.js';
import { parseTemplate, templateReferences, TemplateSyntaxError } from '../i18n/template.js';
import { RuleSetError } from '../schema/errors.js';
import { localizeIssues } from '../schema/issues.js';
import { isDossierListPath, isDossierPath } from '../schema/paths.js';
import { messageFactsAsConditions, RuleSetSchema, type Parameter, type RuleDefinition, type RuleSet } from '../schema/rule-set.js';
import { factReference, forEachLeaf, parameterReferences, substituteParameters } from './conditions.js';
import { isKnownOperator } from './operators.js';

/** Template roots every rule may use besides its facts: its parameters, the missing fields, the two dates. */
export const BUILT_IN_TEMPLATE_ROOTS = ['param', 'missing', 'asOf', 'referenceDate'] as const;

/** Whether a parameter value has the declared type and lies within its bounds; returns the problem or undefined. */
export function checkParameterValue(parameter: Parameter, value: unknown): string | undefined {
  const ok =
    (parameter.type === 'integer' && Number.isInteger(value)) ||
    (parameter.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (parameter.type === 'boolean' && typeof value === 'boolean') ||
    (parameter.type === 'string' && typeof value === 'string') ||
    (parameter.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
  if (!ok) return `phải có kiểu ${parameter.type}, nhận được ${JSON.stringify(value)} / must be of type ${parameter.type}, got ${JSON.stringify(value)}`;
  if (typeof value === 'number') {
    if (parameter.minimum !== undefined && value < parameter.minimum) {
      return `phải ≥ ${parameter.minimum}, nhận được ${value} / must be at least ${parameter.minimum}, got ${value}`;
    }
    if (parameter.maximum !== undefined && value > parameter.maximum) {
      return `phải ≤ ${parameter.maximum}, nhận được ${value} / must be at most ${parameter.maximum}, got ${value}`;
    }
  }
  return undefined;
}

function parameterDefaults(rule: RuleDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.parameters ?? {}).map(([name, parameter]) => [name, parameter.default]));
}

function checkConditions(
  rule: RuleDefinition,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  problems: string[],
): Set<string> {
  const boundNames = new Set<string>();
  const declared = new Set(Object.keys(rule.parameters ?? {}));
  const defaults = parameterDefaults(rule);
  const trees = [
    ['conditions', rule.conditions],
    ...(rule.applicability ? [['applicability', rule.applicability] as const] : []),
    ...(rule.messageFacts ? [['messageFacts', messageFactsAsConditions(rule.messageFacts)] as const] : []),
  ] as const;
  for (const [treeName, tree] of trees) {
    forEachLeaf(tree, (leaf, location) => {
      const where = `${treeName}${location}`;
      for (const name of parameterReferences([leaf.value, leaf.params])) {
        if (!declared.has(name)) problems.push(`${where}: tham số "${name}" chưa được khai báo / unknown parameter "${name}"`);
      }
      if (!isKnownOperator(leaf.operator)) {
        problems.push(`${where}: toán tử "${leaf.operator}" không tồn tại / unknown operator "${leaf.operator}"`);
      }
      const fact = facts.get(leaf.fact);
      if (!fact) {
        problems.push(`${where}: dữ kiện "${leaf.fact}" không có trong danh mục / unknown fact "${leaf.fact}"`);
        return;
      }
      if (leaf.path !== undefined && leaf.fact === 'dossier' && !isDossierPath(leaf.path)) {
        problems.push(`${where}: "${leaf.path}" không phải trường của hồ sơ / "${leaf.path}" is not a dossier field`);
      }
      const comparedFact = factReference(leaf.value);
      if (comparedFact) {
        if (!facts.has(comparedFact.fact)) {
          problems.push(`${where}.value: dữ kiện "${comparedFact.fact}" không có / unknown fact "${comparedFact.fact}"`);
        } else if (comparedFact.fact === 'dossier' && comparedFact.path !== undefined && !isDossierPath(comparedFact.path)) {
          problems.push(`${where}.value: "${comparedFact.path}" không phải trường của hồ sơ / "${comparedFact.path}" is not a dossier field`);
        }
      }
      if (fact.params) {
        const parsed = fact.params.safeParse(substituteParameters(leaf.params ?? {}, defaults));
        if (!parsed.success) {
          const detail = localizeIssues(parsed.error.issues, 'en').map((issue) => `${issue.path} ${issue.message}`);
          problems.push(`${where}.params: tham số của dữ kiện "${leaf.fact}" không hợp lệ / invalid params for fact "${leaf.fact}": ${detail.join('; ')}`);
        }
      } else if (leaf.params !== undefined) {
        problems.push(`${where}.params: dữ kiện "${leaf.fact}" không nhận tham số / fact "${leaf.fact}" takes no params`);
      }
      if (leaf.as !== undefined) boundNames.add(leaf.as);
      boundNames.add(leaf.fact);
    });
  }
  return boundNames;
}

/** Deeper checks of `{{param.x}}` and `{{dossier.a.b}}` placeholders, whose roots are always known. */
function checkPlaceholderPath(rule: RuleDefinition, path: string): string | undefined {
  const [root, ...rest] = path.split('.');
  if (root === 'param') {
    const name = rest.join('.');
    if (rest.length !== 1 || !Object.hasOwn(rule.parameters ?? {}, name)) {
      return `không phải tham số đã khai báo / is not a declared parameter`;
    }
  } else if (root === 'dossier' && rest.length > 0) {
    const field = rest.join('.');
    const isLength = rest[rest.length - 1] === 'length' && isDossierListPath(rest.slice(0, -1).join('.'));
    if (!isDossierPath(field) && !isLength) return `không phải trường của hồ sơ / is not a dossier field`;
  }
  return undefined;
}

function checkTemplates(
  rule: RuleDefinition,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  boundNames: ReadonlySet<string>,
  problems: string[],
): void {
  const texts = [
    ...Object.entries(rule.messages).map(([kind, text]) => [`messages.${kind}`, text] as const),
    ['remediation', rule.remediation] as const,
  ];
  for (const [where, text] of texts) {
    if (!text) continue;
    for (const locale of ['vi', 'en'] as const) {
      try {
        for (const { path, root, nested } of templateReferences(parseTemplate(text[locale]))) {
          // Inside a section a name may be a field of the list item, which cannot be checked here.
          if (nested) continue;
          const problem = checkPlaceholderPath(rule, path);
          if (problem) problems.push(`${where}.${locale}: "{{${path}}}" ${problem}`);
          const known =
            (BUILT_IN_TEMPLATE_ROOTS as readonly string[]).includes(root) ||
            boundNames.has(root) ||
            (facts.has(root) && !facts.get(root)!.params);
          if (!known) {
            problems.push(
              `${where}.${locale}: "{{${root}}}" không phải dữ kiện, tham số hay tên "as" của quy tắc / "{{${root}}}" is not a fact, parameter or "as" name of this rule`,
            );
          }
        }
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        problems.push(`${where}.${locale}: ${error.message}`);
      }
    }
  }
}

/** Every problem of one rule: parameters, required paths, conditions, facts, operators, templates. */
export function checkRule(rule: RuleDefinition, facts: ReadonlyMap<string, AnyFactDefinition>): string[] {
  const problems: string[] = [];
  for (const [name, parameter] of Object.entries(rule.parameters ?? {})) {
    const problem = checkParameterValue(parameter, parameter.default);
    if (problem) problems.push(`parameters.${name}.default: ${problem}`);
  }
  for (const path of rule.requires ?? []) {
    if (!isDossierPath(path)) problems.push(`requires: "${path}" không phải trường của hồ sơ / "${path}" is not a dossier field`);
  }
  if (rule.applicability && !rule.messages.notApplicable) {
    problems.push('messages.notApplicable: bắt buộc khi có applicability / required when the rule has applicability');
  }
  if (rule.effectiveFrom && rule.effectiveTo && rule.effectiveTo < rule.effectiveFrom) {
    problems.push('effectiveTo: trước effectiveFrom / is before effectiveFrom');
  }
  const boundNames = checkConditions(rule, facts, problems);
  checkTemplates(rule, facts, boundNames, problems);
  return problems;
}

/** The id of the rule an issue path points into (`rules[3].severity` → that rule's id), when it has one. */
function ruleIdAt(input: unknown, path: readonly PropertyKey[] | undefined): string | undefined {
  if (!path || path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (input as { rules?: unknown } | null)?.rules;
  const rule = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof rule?.id === 'string' ? rule.id : `#${path[1] + 1}`;
}

/**
 * Validates a rule set: its shape against {@link RuleSetSchema}, then every
 * rule's facts, operators, parameters, dossier paths and message placeholders.
 * Throws {@link RuleSetError} naming the rule set (`source`) and the first rule at fault.
 */
export function validateRuleSet(input: unknown, source: string, facts: ReadonlyMap<string, AnyFactDefinition>): RuleSet {
  const parsed = RuleSetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const vi = localizeIssues(parsed.error.issues, 'vi', '(rule set)');
    const en = localizeIssues(parsed.error.issues, 'en', '(rule set)');
    throw new RuleSetError(
      source,
      ruleIdAt(input, parsed.error.issues[0]?.path),
      vi.map((issue, index) => `${issue.path}: ${issue.message} / ${en[index]!.message}`),
    );
  }
  const ruleSet = parsed.data;
  const seen = new Set<string>();
  for (const rule of ruleSet.rules) {
    const problems = checkRule(rule, facts);
    if (seen.has(rule.id)) problems.unshift('id: trùng với một quy tắc khác trong bộ / duplicates another rule id in this set');
    seen.add(rule.id);
    if (problems.length > 0) throw new RuleSetError(`${ruleSet.id} (${source})`, rule.id, problems);
  }
  return ruleSet;
}
