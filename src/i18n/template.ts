import { FORMATTERS, formatValue, type Formatter } from './format.js';
import type { Locale } from './locale.js';
import { LIMITS } from '../schema/limits.js';
import { say, type MessageId } from './say.js';

/*
 * Message templates are a small, logic-less subset of Mustache, so rule
 * authors can name the facts found without any code in the rule files:
 *
 *   {{name}}  {{a.b.c}}  {{name|date}}     a value, optionally formatted
 *   {{n|plural:quote:quotes}}              a count with its noun: "1 quote", "2 quotes"
 *   {{#name}}…{{/name}}                    once per list item (joined by "; "),
 *                                          or once if the value is present
 *   {{?name}}…{{/name}}                    once if the value is present (a list is not iterated)
 *   {{^name}}…{{/name}}                    only if the value is absent, false or empty
 *   {{.}}                                  the current list item
 *
 * Unlike Mustache, 0 and "" count as present: "0 price quotes" is a fact.
 */

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; path: string; formatter?: Formatter; args?: string[] }
  | { kind: 'section'; path: string; mode: SectionMode; children: TemplateNode[] };

/** `each` ({{#…}}): per list item, or once; `if` ({{?…}}): once if present; `unless` ({{^…}}): once if absent. */
export type SectionMode = 'each' | 'if' | 'unless';
const SECTION_MODES: Record<string, SectionMode> = { '#': 'each', '?': 'if', '^': 'unless' };

/**
 * A template that does not parse. It carries its catalogue id and params, so a rule-set problem
 * can be worded in the reader's locale; its `message` is in English, for rule authors.
 */
export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';

  constructor(
    readonly code: TemplateProblemId,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    // say() is only called here, at throw time, so the import cycle with say.ts is never hit while modules load.
    super(say('en', code, params));
  }
}

/** The catalogue ids of the ways a template can be malformed. */
export type TemplateProblemId = Extract<MessageId, `template.${string}`>;

const TAG = /\{\{([^{}]*)\}\}/g;
/*
 * Matched against a tag's trimmed inside. No two quantifiers can match the same characters
 * next to each other (the optional sigil's spaces come after the sigil), so it is linear.
 */
const PLACEHOLDER = /^(?:([#?^/])\s*)?([^|\s]+)(?:\s*\|\s*([^:\s]+)((?::[^:]*)*))?$/;
/** How many arguments each formatter takes after `:`. */
const FORMATTER_ARITY: Record<Formatter, number> = { date: 0, vnd: 0, label: 0, number: 0, percent: 0, plural: 2 };
const PATH = /^(\.|[A-Za-z_$][\w$-]*(\.[\w$-]+)*)$/;

function checkText(text: string): string {
  if (text.includes('{{') || text.includes('}}')) throw new TemplateSyntaxError('template.unbalancedBraces', { text });
  return text;
}

/**
 * Parses a template. Throws {@link TemplateSyntaxError} on a malformed
 * placeholder, an unknown formatter, stray braces or an unbalanced section.
 */
export function parseTemplate(template: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: { path: string; children: TemplateNode[] }[] = [{ path: '', children: root }];
  let cursor = 0;
  for (const match of template.matchAll(TAG)) {
    const [tag, inner = ''] = match;
    const current = stack[stack.length - 1]!;
    if (match.index > cursor) current.children.push({ kind: 'text', text: checkText(template.slice(cursor, match.index)) });
    cursor = match.index + tag.length;
    const parts = PLACEHOLDER.exec(inner.trim());
    if (!parts) throw new TemplateSyntaxError('template.invalidPlaceholder', { tag });
    const [, sigil = '', path = '', formatter, argText = ''] = parts;
    const args = argText ? argText.slice(1).split(':') : [];
    if (!PATH.test(path)) throw new TemplateSyntaxError('template.invalidPlaceholder', { tag });
    if (formatter !== undefined && sigil !== '') throw new TemplateSyntaxError('template.sectionFormatter', { tag });
    if (formatter !== undefined && !(FORMATTERS as readonly string[]).includes(formatter)) {
      throw new TemplateSyntaxError('template.unknownFormatter', { formatter, tag, known: FORMATTERS.join(', ') });
    }
    if (formatter !== undefined && args.length !== FORMATTER_ARITY[formatter as Formatter]) {
      throw new TemplateSyntaxError('template.formatterArity', { formatter, tag, arity: FORMATTER_ARITY[formatter as Formatter] });
    }
    if (sigil === '/') {
      if (stack.length === 1 || current.path !== path) {
        throw new TemplateSyntaxError('template.closesUnopened', { tag });
      }
      stack.pop();
    } else if (Object.hasOwn(SECTION_MODES, sigil)) {
      const section: TemplateNode = { kind: 'section', path, mode: SECTION_MODES[sigil]!, children: [] };
      current.children.push(section);
      stack.push({ path, children: section.children });
    } else {
      current.children.push({
        kind: 'value',
        path,
        ...(formatter ? { formatter: formatter as Formatter } : {}),
        ...(args.length > 0 ? { args } : {}),
      });
    }
  }
  if (stack.length > 1) throw new TemplateSyntaxError('template.neverClosed', { tag: `{{#${stack[stack.length - 1]!.path}}}` });
  if (cursor < template.length) root.push({ kind: 'text', text: checkText(template.slice(cursor)) });
  return root;
}

/** A placeholder's path, its first segment, and whether it sits inside a section (where it may name a list item's field). */
export interface TemplateReference {
  path: string;
  root: string;
  nested: boolean;
}

/** Every placeholder path of a template, for checking that it names only known values. */
export function templateReferences(nodes: readonly TemplateNode[], sectionDepth = 0): TemplateReference[] {
  const roots: TemplateReference[] = [];
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    if (node.path !== '.') roots.push({ path: node.path, root: node.path.split('.')[0]!, nested: sectionDepth > 0 });
    if (node.kind === 'section') roots.push(...templateReferences(node.children, sectionDepth + 1));
  }
  return roots;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === false || (Array.isArray(value) && value.length === 0);
}

function ownProperty(holder: unknown, key: string): { found: boolean; value?: unknown } {
  if (holder === null || typeof holder !== 'object' || !Object.hasOwn(holder, key)) return { found: false };
  return { found: true, value: (holder as Record<string, unknown>)[key] };
}

function lookup(stack: readonly unknown[], path: string): unknown {
  if (path === '.') return stack[stack.length - 1];
  const [first, ...rest] = path.split('.');
  for (let level = stack.length - 1; level >= 0; level -= 1) {
    const head = ownProperty(stack[level], first!);
    if (!head.found) continue;
    let value = head.value;
    for (const key of rest) {
      value = key === 'length' && Array.isArray(value) ? value.length : ownProperty(value, key).value;
    }
    return value;
  }
  return undefined;
}

function renderNodes(nodes: readonly TemplateNode[], stack: unknown[], locale: Locale): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += node.text;
    } else if (node.kind === 'value') {
      out += formatValue(lookup(stack, node.path), node.formatter, locale, node.args);
    } else {
      const value = lookup(stack, node.path);
      if (node.mode === 'unless') {
        if (isAbsent(value)) out += renderNodes(node.children, stack, locale);
      } else if (node.mode === 'if') {
        if (!isAbsent(value)) out += renderNodes(node.children, stack, locale);
      } else if (Array.isArray(value)) {
        // A long list is summarised: its first items, then how many more (the evidence keeps them all).
        const shown = value.slice(0, LIMITS.messageListItems).map((item) => renderNodes(node.children, [...stack, item], locale));
        if (value.length > LIMITS.messageListItems) shown.push(say(locale, 'list.andMore', { count: value.length - LIMITS.messageListItems }));
        out += shown.join('; ');
      } else if (!isAbsent(value)) {
        out += renderNodes(node.children, [...stack, value], locale);
      }
    }
  }
  return out;
}

/** Renders parsed template nodes against a context object exactly as written: no tidy-up (help text, tables). */
export function renderTemplateExact(nodes: readonly TemplateNode[], context: object, locale: Locale): string {
  return renderNodes(nodes, [context], locale);
}

/*
 * The tidy-up of a rendered sentence. Each regex can start a match only at the beginning of a
 * run (the lookbehind), and scans that run once, so the whole is linear in the text's length
 * even on a 200 KB run of spaces or commas from a dossier (issue 10; docs/limits.md).
 */
const SPACE_BEFORE_PUNCTUATION = /(?<!\s)\s+(?=[.,;:)])/g;
const SEPARATORS_BEFORE_STOP = /(?<![;,:])[;,:]+([.;])/g;
const SPACE_AFTER_PARENTHESIS = /\(\s+/g;
const SPACE_RUN = /\s{2,}/g;

/** Removes the stray spaces and separators optional parts leave behind, in linear time. */
export function tidySentence(text: string): string {
  return text
    .replace(SPACE_BEFORE_PUNCTUATION, '')
    .replace(SEPARATORS_BEFORE_STOP, '$1')
    .replace(SPACE_AFTER_PARENTHESIS, '(')
    .replace(SPACE_RUN, ' ')
    .trim();
}

/** Renders parsed template nodes against a context object. */
export function renderTemplate(nodes: readonly TemplateNode[], context: object, locale: Locale): string {
  // Optional parts leave stray spaces and separators behind; tidy them so the sentence reads cleanly.
  return tidySentence(renderNodes(nodes, [context], locale));
}
