/*
 * The limits every input is held to, so that no dossier, option or host rule set can make an
 * evaluation run out of memory or stack, or take more than linear time. docs/limits.md lists
 * them with what happens when one is exceeded.
 */

/** The sizes the library accepts; anything larger is rejected with a typed error naming the limit. */
export const LIMITS = Object.freeze({
  /** A dossier's estimated serialized size, in characters (about its JSON length). */
  inputSize: 10_000_000,
  /** How deeply a dossier's objects and lists may nest. */
  depth: 32,
  /** Items in any one list of a dossier or rule set. */
  listItems: 10_000,
  /** Characters in any one string of a dossier or rule set. */
  stringLength: 100_000,
  /** How deeply a rule set's JSON may nest (conditions nest two levels each: `{ all: [ … ] }`). */
  ruleSetDepth: 96,
  /** Rules in one rule set. */
  rules: 2_000,
  /** How deeply a rule's conditions may nest (`all`, `any`, `not`). */
  conditionDepth: 32,
  /** Characters in an operator name, decorators included (`not:someFact:equal`). */
  operatorName: 64,
  /** Decorators on one operator (`not:`, `someFact:`, …). */
  operatorDecorators: 3,
  /** The largest weight of a severity, a rule or a lesson (scores then stay finite). */
  weight: 1_000,
  /** Items of a list named in a finding's message; the rest are counted ("and 39,570 more") and kept in the evidence. */
  messageListItems: 20,
  /** Problems an error lists (a dossier, an option or a rule set); the rest are counted (`omitted`, "and 9,800 more"). */
  reportedIssues: 100,
});

/** The name of one limit, as a {@link ValidationIssue} names the one it exceeded. */
export type LimitName = keyof typeof LIMITS;
