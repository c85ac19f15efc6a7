import type { Condition, LeafCondition, TopLevelCondition } from '../../schema/rule-set.js';
import type { ConditionResultNode } from '../decided.js';
import type { FactMemo } from '../fact-memo.js';
import { operatorFunction } from '../operator-definitions.js';

/*
 * Conditions compiled into plain synchronous functions that do what json-rules-engine 7 does with
 * them (rule.js, condition.js), down to the tree of results `judge` reads: within `all` and
 * `any`, conditions run in groups of equal priority, highest first; every condition of a group
 * runs, and a group that decides the outcome (a false one in `all`, a true one in `any`) leaves
 * the later groups unevaluated (no `result` in their nodes). One condition alone runs as it is,
 * and an empty list is true. The differential test (test/engine/compiled-differential.test.ts)
 * checks that both paths give the same reports.
 */

/** A compiled condition: its priority within its parent's list, and how to evaluate it. */
interface ConditionProgram {
  readonly priority: number;
  /** The node as json-rules-engine leaves one it did not evaluate: shared, never changed. */
  readonly skipped: ConditionResultNode;
  run(facts: FactMemo): Evaluated;
}

interface Evaluated {
  readonly passes: boolean;
  readonly node: ConditionResultNode;
}

/** The compiled conditions of one rule (or of its applicability). */
export interface CompiledConditions {
  run(facts: FactMemo): { result: boolean; conditions: ConditionResultNode };
}

type ListOperator = 'all' | 'any';

/** json-rules-engine's priority of a condition: its own, else its fact's (every fact here has the default, 1). */
const priorityOf = (condition: Condition): number => condition.priority || 1;

/** `{ "fact": … }` as a comparison value: json-rules-engine's test (almanac.getValue). */
function isFactReference(value: unknown): value is { fact: string; params?: Record<string, unknown>; path?: string } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

function compileLeaf(leaf: LeafCondition): ConditionProgram {
  const test = operatorFunction(leaf.operator);
  if (test === undefined) throw new Error(`Unknown operator: ${leaf.operator}`);
  const { value } = leaf;
  const reference = isFactReference(value) ? value : undefined;
  const skipped: ConditionResultNode = { ...leaf };
  return {
    priority: priorityOf(leaf),
    skipped,
    run(facts) {
      const valueResult = reference === undefined ? value : facts.read(reference.fact, reference.params, reference.path);
      const factResult = facts.read(leaf.fact, leaf.params, leaf.path);
      const passes = test(factResult, valueResult);
      return { passes, node: { ...leaf, factResult, valueResult, result: passes } };
    },
  };
}

/** Indexes of the conditions by priority group, highest priority first. */
function priorityGroups(children: readonly ConditionProgram[]): number[][] {
  const groups = new Map<number, number[]>();
  children.forEach((child, index) => {
    const group = groups.get(child.priority);
    if (group) group.push(index);
    else groups.set(child.priority, [index]);
  });
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([, indexes]) => indexes);
}

/** Runs `all` or `any` over compiled conditions; the nodes of the evaluated ones replace their skipped nodes. */
function runList(operator: ListOperator, children: readonly ConditionProgram[], groups: readonly number[][], facts: FactMemo): { passes: boolean; nodes: ConditionResultNode[] } {
  if (children.length === 0) return { passes: true, nodes: [] };
  if (children.length === 1) {
    const { passes, node } = children[0]!.run(facts);
    return { passes, nodes: [node] };
  }
  const nodes = children.map((child) => child.skipped);
  let passes = operator === 'all';
  for (const group of groups) {
    if (operator === 'all' ? !passes : passes) break;
    const outcomes = group.map((index) => {
      const evaluated = children[index]!.run(facts);
      nodes[index] = evaluated.node;
      return evaluated.passes;
    });
    passes = operator === 'all' ? outcomes.every((outcome) => outcome) : outcomes.some((outcome) => outcome);
  }
  return { passes, nodes };
}

function compileList(operator: ListOperator, condition: Condition, list: readonly Condition[]): ConditionProgram {
  const children = list.map(compileNode);
  const groups = priorityGroups(children);
  const priority = priorityOf(condition);
  const skipped: ConditionResultNode = { ...condition, operator, [operator]: children.map((child) => child.skipped) };
  return {
    priority,
    skipped,
    run(facts) {
      const { passes, nodes } = runList(operator, children, groups, facts);
      return { passes, node: { ...condition, operator, [operator]: nodes, result: passes } };
    },
  };
}

function compileNot(condition: Condition & { not: Condition }): ConditionProgram {
  const inner = compileNode(condition.not);
  const skipped: ConditionResultNode = { ...condition, operator: 'not', not: inner.skipped };
  return {
    priority: priorityOf(condition),
    skipped,
    run(facts) {
      const evaluated = inner.run(facts);
      const passes = !evaluated.passes;
      return { passes, node: { ...condition, operator: 'not', not: evaluated.node, result: passes } };
    },
  };
}

function compileNode(condition: Condition): ConditionProgram {
  if ('all' in condition) return compileList('all', condition, condition.all);
  if ('any' in condition) return compileList('any', condition, condition.any);
  if ('not' in condition) return compileNot(condition);
  return compileLeaf(condition);
}

/**
 * Compiles a rule's conditions (or its applicability), with its parameters already substituted.
 * As json-rules-engine does, the top-level node itself carries no `result`: the rule's result does.
 */
export function compileConditions(conditions: TopLevelCondition): CompiledConditions {
  if ('not' in conditions) {
    const inner = compileNode(conditions.not);
    return {
      run(facts) {
        const evaluated = inner.run(facts);
        return { result: !evaluated.passes, conditions: { ...conditions, operator: 'not', not: evaluated.node } };
      },
    };
  }
  const operator: ListOperator = 'all' in conditions ? 'all' : 'any';
  const children = ('all' in conditions ? conditions.all : conditions.any).map(compileNode);
  const groups = priorityGroups(children);
  return {
    run(facts) {
      const { passes, nodes } = runList(operator, children, groups, facts);
      return { result: passes, conditions: { ...conditions, operator, [operator]: nodes } };
    },
  };
}
