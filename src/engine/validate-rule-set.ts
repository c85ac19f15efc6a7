import type { AnyFactDefinition } from '../facts/define.js';
import { parseTemplate, templateReferences, TemplateSyntaxError } from '../i18n/template.js';
import { phrase, type MessageId, type MessageParams } from '../i18n/say.js';
import { RuleSetError, type RuleSetProblem } from '../schema/errors.js';
import { describeInput, describeIssues, type IssueDetail } from '../schema/issues.js';
import { isDossierListPath, isDossierPath } from '../schema/paths.js';
import { messageFactsAsConditions, RuleSetSchema, type Parameter, type RuleDefinition, type RuleSet } from '../schema/rule-set.js';
import { LIMITS } from '../schema/limits.js';
import { RULE_SET_LIMITS, snapshot } from '../schema/snapshot.js';
import { conditionDepth, factReference, forEachLeaf, parameterReferences, substituteParameters } from './conditions.js';
import { isKnownOperator, operatorBeyondLimits } from './operator-definitions.js';
import { kindHoldsPath, type FactValueKind } from '../facts/value-kind.js';

/** Template roots every rule may use besides its facts: its parameters, the missing fields, the two dates. */
export const BUILT_IN_TEMPLATE_ROOTS = ['param', 'missing', 'asOf', 'referenceDate'] as const;

/** A problem at `path` saying the catalogue sentence `id`. */
function problem(path: string, id: MessageId, params: MessageParams = {}): IssueDetail {
  return { path, code: id, words: phrase(id, params) };
}

/**
 * A `path` into a fact whose value cannot hold one (a number, a string…): the engine would
 * otherwise compare the whole value. Returns the problem at `path`, or undefined.
 */
function pathIntoScalar(where: string, fact: string, kind: FactValueKind | undefined, path: string | undefined): IssueDetail | undefined {
  if (path === undefined || path === '' || kind === undefined || kindHoldsPath(kind)) return undefined;
  return problem(where, 'ruleSet.pathIntoScalar', { fact, kind, path });
}

/** Whether a parameter value has the declared type and lies within its bounds; returns the problem at `path`, or undefined. */
export function checkParameterValue(parameter: Parameter, value: unknown, path: string): IssueDetail | undefined {
  const ok =
    (parameter.type === 'integer' && Number.isInteger(value)) ||
    (parameter.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (parameter.type === 'boolean' && typeof value === 'boolean') ||
    (parameter.type === 'string' && typeof value === 'string') ||
    (parameter.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
  if (!ok) return problem(path, 'ruleSet.parameterType', { type: parameter.type, received: describeInput(value) });
  if (typeof value === 'number') {
    if (parameter.minimum !== undefined && value < parameter.minimum) {
      return problem(path, 'ruleSet.parameterMinimum', { minimum: String(parameter.minimum), received: String(value) });
    }
    if (parameter.maximum !== undefined && value > parameter.maximum) {
      return problem(path, 'ruleSet.parameterMaximum', { maximum: String(parameter.maximum), received: String(value) });
    }
  }
  return undefined;
}

/** The default value of each of a rule's parameters: the one place defaults are read. */
export function parameterDefaults(rule: RuleDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.parameters ?? {}).map(([name, parameter]) => [name, parameter.default]));
}

/**
 * The names a rule's templates may start with besides the built-in roots, each with the fact
 * it reads and that value's kind (undefined when a condition's `path` reads into the fact).
 */
type BoundNames = Map<string, { readonly fact: string; readonly kind: FactValueKind | undefined }>;

function checkConditions(
  rule: RuleDefinition,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  problems: RuleSetProblem[],
): BoundNames {
  const boundNames: BoundNames = new Map();
  const declared = new Set(Object.keys(rule.parameters ?? {}));
  const defaults = parameterDefaults(rule);
  const trees = [
    ['conditions', rule.conditions],
    ...(rule.applicability ? [['applicability', rule.applicability] as const] : []),
    ...(rule.messageFacts ? [['messageFacts', messageFactsAsConditions(rule.messageFacts)] as const] : []),
  ] as const;
  for (const [treeName, tree] of trees) {
    if (conditionDepth(tree) > LIMITS.conditionDepth) {
      problems.push({ ...problem(treeName, 'ruleSet.conditionsTooDeep', { limit: LIMITS.conditionDepth }), code: 'too_deep', limit: 'conditionDepth' });
      continue;
    }
    forEachLeaf(tree, (leaf, location) => {
      const where = `${treeName}${location}`;
      for (const name of parameterReferences([leaf.value, leaf.params])) {
        if (!declared.has(name)) problems.push(problem(where, 'ruleSet.unknownParameter', { name }));
      }
      if (operatorBeyondLimits(leaf.operator)) {
        const limits = { length: LIMITS.operatorName, decorators: LIMITS.operatorDecorators };
        problems.push({ ...problem(`${where}.operator`, 'ruleSet.operatorTooLong', limits), code: 'too_long', limit: 'operatorName' });
      } else if (!isKnownOperator(leaf.operator)) problems.push(problem(where, 'ruleSet.unknownOperator', { operator: leaf.operator }));
      const fact = facts.get(leaf.fact);
      if (!fact) {
        problems.push(problem(where, 'ruleSet.unknownFact', { fact: leaf.fact }));
        return;
      }
      if (leaf.path !== undefined && leaf.fact === 'dossier' && !isDossierPath(leaf.path)) {
        problems.push(problem(where, 'ruleSet.notDossierField', { path: leaf.path }));
      }
      const leafPathProblem = pathIntoScalar(where, leaf.fact, fact.returns, leaf.path);
      if (leafPathProblem) problems.push(leafPathProblem);
      const comparedFact = factReference(leaf.value);
      if (comparedFact) {
        const compared = facts.get(comparedFact.fact);
        const comparedPathProblem = pathIntoScalar(`${where}.value`, comparedFact.fact, compared?.returns, comparedFact.path);
        if (!compared) {
          problems.push(problem(`${where}.value`, 'ruleSet.unknownComparedFact', { fact: comparedFact.fact }));
        } else if (comparedFact.fact === 'dossier' && comparedFact.path !== undefined && !isDossierPath(comparedFact.path)) {
          problems.push(problem(`${where}.value`, 'ruleSet.notDossierField', { path: comparedFact.path }));
        } else if (comparedPathProblem) problems.push(comparedPathProblem);
      }
      if (fact.params) {
        const parsed = fact.params.safeParse(substituteParameters(leaf.params ?? {}, defaults));
        if (!parsed.success) {
          const detail = describeIssues(parsed.error.issues).map((issue) =>
            phrase('ruleSet.paramIssue', { path: issue.path, expectation: issue.words, received: issue.received }),
          );
          problems.push(problem(`${where}.params`, 'ruleSet.invalidFactParams', { fact: leaf.fact, detail }));
        }
      } else if (leaf.params !== undefined) {
        problems.push(problem(`${where}.params`, 'ruleSet.factTakesNoParams', { fact: leaf.fact }));
      }
      if (leaf.as !== undefined) boundNames.set(leaf.as, { fact: leaf.fact, kind: leaf.path ? undefined : fact.returns });
      if (!boundNames.has(leaf.fact)) boundNames.set(leaf.fact, { fact: leaf.fact, kind: fact.returns });
    });
  }
  return boundNames;
}

/** Deeper checks of `{{param.x}}` and `{{dossier.a.b}}` placeholders, whose roots are always known. */
function checkPlaceholderPath(rule: RuleDefinition, path: string): MessageId | undefined {
  const [root, ...rest] = path.split('.');
  if (root === 'param') {
    const name = rest.join('.');
    if (rest.length !== 1 || !Object.hasOwn(rule.parameters ?? {}, name)) return 'ruleSet.placeholderNotParameter';
  } else if (root === 'dossier' && rest.length > 0) {
    const field = rest.join('.');
    const isLength = rest[rest.length - 1] === 'length' && isDossierListPath(rest.slice(0, -1).join('.'));
    if (!isDossierPath(field) && !isLength) return 'ruleSet.placeholderNotField';
  }
  return undefined;
}

/** A placeholder `{{name.a.b}}` reading into a fact value that cannot hold a path; the problem at `where`, or undefined. */
function checkPlaceholderKind(where: string, path: string, facts: ReadonlyMap<string, AnyFactDefinition>, boundNames: BoundNames) {
  const [root = '', ...rest] = path.split('.');
  if (rest.length === 0 || (BUILT_IN_TEMPLATE_ROOTS as readonly string[]).includes(root)) return undefined;
  const fact = facts.get(root);
  const bound = boundNames.get(root) ?? (fact ? { fact: root, kind: fact.returns } : undefined);
  return bound && pathIntoScalar(where, bound.fact, bound.kind, rest.join('.'));
}

function checkTemplates(
  rule: RuleDefinition,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  boundNames: BoundNames,
  problems: RuleSetProblem[],
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
          const placeholderProblem = checkPlaceholderPath(rule, path);
          if (placeholderProblem) problems.push(problem(`${where}.${locale}`, placeholderProblem, { placeholder: `{{${path}}}` }));
          const kindProblem = checkPlaceholderKind(`${where}.${locale}`, path, facts, boundNames);
          if (kindProblem) problems.push(kindProblem);
          const known =
            (BUILT_IN_TEMPLATE_ROOTS as readonly string[]).includes(root) ||
            boundNames.has(root) ||
            (facts.has(root) && !facts.get(root)!.params);
          if (!known) {
            problems.push(problem(`${where}.${locale}`, 'ruleSet.unknownPlaceholder', { placeholder: `{{${root}}}` }));
          }
        }
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        problems.push(problem(`${where}.${locale}`, error.code, error.params));
      }
    }
  }
}

/** Every problem of one rule: parameters, required paths, conditions, facts, operators, templates. */
export function checkRule(rule: RuleDefinition, facts: ReadonlyMap<string, AnyFactDefinition>): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  for (const [name, parameter] of Object.entries(rule.parameters ?? {})) {
    const defaultProblem = checkParameterValue(parameter, parameter.default, `parameters.${name}.default`);
    if (defaultProblem) problems.push(defaultProblem);
  }
  for (const path of rule.requires ?? []) {
    if (!isDossierPath(path)) problems.push(problem('requires', 'ruleSet.notDossierField', { path }));
  }
  if (rule.applicability && !rule.messages.notApplicable) problems.push(problem('messages.notApplicable', 'ruleSet.notApplicableRequired'));
  if (rule.effectiveFrom && rule.effectiveTo && rule.effectiveTo < rule.effectiveFrom) {
    problems.push(problem('effectiveTo', 'ruleSet.endsBeforeStart'));
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
export function validateRuleSet(given: unknown, source: string, facts: ReadonlyMap<string, AnyFactDefinition>): RuleSet {
  // Read once into plain data within the limits (docs/limits.md): no getter can throw, no nesting overflow the stack.
  const read = snapshot(given, RULE_SET_LIMITS, '(rule set)');
  if (read.issues.length > 0) throw new RuleSetError(source, undefined, read.issues);
  const input = read.value;
  const rules = (input as { rules?: unknown } | null)?.rules;
  if (Array.isArray(rules) && rules.length > LIMITS.rules) {
    throw new RuleSetError(source, undefined, [
      { ...problem('rules', 'ruleSet.tooManyRules', { limit: LIMITS.rules, count: rules.length }), code: 'too_many_items', limit: 'rules' },
    ]);
  }
  const parsed = RuleSetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new RuleSetError(source, ruleIdAt(input, parsed.error.issues[0]?.path), describeIssues(parsed.error.issues, '(rule set)'));
  }
  const ruleSet = parsed.data;
  const seen = new Set<string>();
  for (const rule of ruleSet.rules) {
    const problems = checkRule(rule, facts);
    if (seen.has(rule.id)) problems.unshift(problem('id', 'ruleSet.duplicateRuleId'));
    seen.add(rule.id);
    if (problems.length > 0) throw new RuleSetError(`${ruleSet.id} (${source})`, rule.id, problems);
  }
  return ruleSet;
}
