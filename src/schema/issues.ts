import type * as z from 'zod/mini';
import type { Locale } from '../i18n/locale.js';
import { phrase, say, type MessageId, type MessageParams, type Phrase } from '../i18n/say.js';
import type { ValidationIssue } from './errors.js';
import type { LimitName } from './limits.js';
import { formatPath } from './path-format.js';

/** An issue not worded yet: where, its stable code, and the catalogue sentence that says what was expected. */
export interface IssueDetail {
  /** Where the problem is, e.g. `budget.lines[1].amount`. */
  readonly path: string;
  /** A stable, language-neutral code: `invalid_type`, `invalid_value`, `unknown_field`, `unknown_rule`, … */
  readonly code: string;
  /** What was expected there. */
  readonly words: Phrase;
  /** What was found (already a display form: `"fr"`, `null`, `array`), named after the sentence. */
  readonly received?: string;
  /** The limit exceeded (see `LIMITS`), when the problem is a size limit. */
  readonly limit?: LimitName;
}

const EXPECTED: Readonly<Record<string, MessageId>> = {
  string: 'expected.string',
  number: 'expected.number',
  int: 'expected.int',
  boolean: 'expected.boolean',
  array: 'expected.array',
  object: 'expected.object',
};

/*
 * A schema names the sentences of the issues it raises by giving a token as its zod `error`
 * (`{ error: schemaError({ value: phrase('option.locale') }) }`): zod keeps the token as the
 * issue's message, and the token leads back here to the catalogue sentences.
 */
interface SchemaSentences {
  /** What a bad value must be (replaces the generic sentence of the issue). */
  value?: Phrase;
  /** What to say of a key the object does not have (instead of the generic unknown field). */
  unknownKey?: Phrase;
  /** The issue code of a refinement's own (custom) issue; default `invalid_value`. */
  code?: string;
}
const SENTENCES = new Map<string, SchemaSentences>();

/** A zod `error` naming the catalogue sentences of the issues a schema raises. */
export function schemaError(sentences: SchemaSentences): string {
  const token = `khuyencong:issue#${SENTENCES.size}`;
  SENTENCES.set(token, sentences);
  return token;
}

/** A zod `error` saying the catalogue sentence `id` of any bad value the schema meets. */
export function sentence(id: MessageId, params: MessageParams = {}, code?: string): string {
  return schemaError({ value: phrase(id, params), ...(code ? { code } : {}) });
}

/** How long a received string is shown before it is cut (a 100,000-character field is not repeated in the error). */
const SHOWN_CHARACTERS = 80;

/** A received value as an issue shows it; never throws, whatever the value (a BigInt, a Symbol, a revoked Proxy). */
export function describeInput(input: unknown): string {
  switch (typeof input) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return input.length > SHOWN_CHARACTERS ? `${JSON.stringify(input.slice(0, SHOWN_CHARACTERS))}…` : JSON.stringify(input);
    case 'number':
    case 'boolean':
      return String(input);
    case 'bigint':
      return `${input}n`;
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    default:
      if (input === null) return 'null';
      try {
        return Array.isArray(input) ? 'array' : 'object';
      } catch {
        return 'object';
      }
  }
}

/** The issues of one branch of a union when it is the only one that got past the input's kind (an object with a bad field). */
function matchedBranch(issue: z.core.$ZodIssueInvalidUnion): readonly z.core.$ZodIssue[] | undefined {
  const deeper = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
  return deeper.length === 1 ? deeper[0] : undefined;
}

function describe(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], rootLabel: string | undefined, unknownField: MessageId): IssueDetail[] {
  const segments = [...prefix, ...issue.path];
  const path = formatPath(segments, rootLabel);
  const named = SENTENCES.get(issue.message);
  if (issue.code === 'invalid_union') {
    const branch = matchedBranch(issue);
    if (branch) return branch.flatMap((inner) => describe(inner, segments, rootLabel, unknownField));
  }
  if ('input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return [{ path, code: 'required', words: phrase('issue.required') }];
  }
  const received = 'input' in issue ? describeInput(issue.input) : undefined;
  const detail = (code: string, words: Phrase): IssueDetail[] => [{ path, code, words, ...(received === undefined ? {} : { received }) }];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...segments, key], rootLabel),
      code: 'unknown_field',
      words: named?.unknownKey ?? phrase(unknownField),
    }));
  }
  if (named?.value) {
    if (issue.code !== 'custom') return detail(issue.code, named.value);
    // A refinement's issue may carry the values its sentence names (the learners trained a count may not exceed).
    const words = issue.params ? phrase(named.value.id, { ...named.value.params, ...(issue.params as MessageParams) }) : named.value;
    return detail(named.code ?? 'invalid_value', words);
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected];
      return detail('invalid_type', phrase('issue.invalidType', { expected: expected ? phrase(expected) : issue.expected }));
    }
    case 'invalid_value':
      return detail('invalid_value', phrase('issue.invalidValue', { values: issue.values.map((value) => describeInput(value)) }));
    case 'invalid_format':
      if (issue.format === 'date') return detail('invalid_date', phrase('issue.invalidDate'));
      if (issue.format === 'regex' && issue.message !== 'Invalid input') {
        return detail('invalid_format', phrase('issue.invalidPattern', { pattern: issue.message }));
      }
      return detail('invalid_format', phrase('issue.invalidFormat', { format: issue.format }));
    case 'too_small':
      return detail(
        'too_small',
        Number(issue.minimum) === 0 ? phrase('issue.negative') : phrase('issue.tooSmall', { minimum: String(issue.minimum) }),
      );
    case 'too_big':
      return detail('too_big', phrase('issue.tooBig', { maximum: String(issue.maximum) }));
    default:
      return detail(issue.code ?? 'invalid', phrase('issue.invalid'));
  }
}

/**
 * Turns zod issues into path-and-expectation details, worded later; unknown keys become
 * one issue each. `unknownField` is the sentence for a key the format does not have.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  rootLabel?: string,
  unknownField: MessageId = 'issue.unknownField',
): IssueDetail[] {
  return issues.flatMap((issue) => describe(issue, [], rootLabel, unknownField));
}

/** What an issue says in a locale: the expectation, then what was found. */
export function wordIssue(detail: IssueDetail, locale: Locale): string {
  const found = detail.received === undefined ? '' : say(locale, 'issue.received', { received: detail.received });
  return say(locale, detail.words) + found;
}

/** What an issue says in both languages, Vietnamese first (`vi / en`), for messages read before anyone chose a locale. */
export function wordIssueInBoth(detail: IssueDetail): string {
  return `${wordIssue(detail, 'vi')} / ${wordIssue(detail, 'en')}`;
}

/** Issue details worded in a locale, as {@link ValidationIssue}s. */
export function wordIssues(details: readonly IssueDetail[], locale: Locale): ValidationIssue[] {
  return details.map((detail) => ({
    path: detail.path,
    code: detail.code,
    message: wordIssue(detail, locale),
    ...(detail.limit ? { limit: detail.limit } : {}),
  }));
}

/** Turns zod issues into path-and-expectation issues in the caller's locale; unknown keys become one issue each. */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale, rootLabel?: string): ValidationIssue[] {
  return wordIssues(describeIssues(issues, rootLabel), locale);
}
