import type { AnyFactDefinition } from '../facts/define.js';
import type { LocalizedText } from '../i18n/locale.js';
import { parseTemplate, templateReferences, type TemplateNode } from '../i18n/template.js';
import { messageFactsAsConditions, type RuleDefinition, type RuleSet, type Severity, type TopLevelCondition } from '../schema/rule-set.js';
import { forEachLeaf, substituteParameters } from './conditions.js';

/** Where a message placeholder's value comes from: a fact, with the params and path of the condition that names it. */
export interface TemplateBinding {
  fact: string;
  params: Record<string, unknown>;
  path?: string;
}

export type ParsedText = Readonly<Record<'vi' | 'en', TemplateNode[]>>;

/** A rule ready to run: parameters resolved, templates parsed, engine conditions prepared. */
export interface CompiledRule {
  readonly id: string;
  readonly ruleSet: RuleSet;
  readonly definition: RuleDefinition;
  readonly severity: Severity;
  /** Parameter values in force: the defaults, with the host's overrides applied. */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly conditions: TopLevelCondition;
  readonly applicability: TopLevelCondition | undefined;
  readonly bindings: ReadonlyMap<string, TemplateBinding>;
  readonly messages: Readonly<Record<string, ParsedText>>;
  readonly remediation: ParsedText;
  /** The names the templates use at their top level: only these are read for messages. */
  readonly templateRoots: ReadonlySet<string>;
}

function parseText(text: LocalizedText): ParsedText {
  return { vi: parseTemplate(text.vi), en: parseTemplate(text.en) };
}

function collectBindings(
  trees: readonly TopLevelCondition[],
  facts: ReadonlyMap<string, AnyFactDefinition>,
): Map<string, TemplateBinding> {
  const bindings = new Map<string, TemplateBinding>();
  for (const [name, fact] of facts) if (!fact.params) bindings.set(name, { fact: name, params: {} });
  for (const tree of trees) {
    forEachLeaf(tree, (leaf) => {
      const binding: TemplateBinding = {
        fact: leaf.fact,
        params: leaf.params ?? {},
        ...(leaf.path !== undefined ? { path: leaf.path } : {}),
      };
      if (leaf.as !== undefined) bindings.set(leaf.as, binding);
      // A fact named by its own name in a template means the whole value, with the params of the first condition using it.
      if (!bindings.has(leaf.fact)) bindings.set(leaf.fact, { fact: leaf.fact, params: binding.params });
    });
  }
  return bindings;
}

/** Prepares one validated rule for the engine, with its parameters resolved. */
export function compileRule(
  ruleSet: RuleSet,
  definition: RuleDefinition,
  parameters: Readonly<Record<string, unknown>>,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  severity: Severity = definition.severity,
): CompiledRule {
  const conditions = substituteParameters(definition.conditions, parameters);
  const applicability = definition.applicability ? substituteParameters(definition.applicability, parameters) : undefined;
  const messages: Record<string, ParsedText> = {};
  for (const [kind, text] of Object.entries(definition.messages)) if (text) messages[kind] = parseText(text);
  const remediation = parseText(definition.remediation);
  const roots = new Set<string>();
  for (const text of [...Object.values(messages), remediation]) {
    for (const nodes of [text.vi, text.en]) for (const { root } of templateReferences(nodes)) roots.add(root);
  }
  return {
    id: definition.id,
    ruleSet,
    definition,
    severity,
    parameters,
    conditions,
    applicability,
    bindings: collectBindings(
      [
        conditions,
        ...(applicability ? [applicability] : []),
        ...(definition.messageFacts ? [substituteParameters(messageFactsAsConditions(definition.messageFacts), parameters)] : []),
      ],
      facts,
    ),
    messages,
    remediation,
    templateRoots: roots,
  };
}
