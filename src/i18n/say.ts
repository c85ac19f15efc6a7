import { en } from './catalogue/en.js';
import { vi, type MessageId } from './catalogue/vi.js';
import type { Locale } from './locale.js';
import { parseTemplate, renderTemplateExact, type TemplateNode } from './template.js';

export type { MessageId } from './catalogue/vi.js';

/** Values a catalogue message's placeholders name. */
export type MessageParams = Readonly<Record<string, unknown>>;

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = { vi, en };

const parsed = new Map<string, TemplateNode[]>();

/** A catalogue message's template, parsed on first use. */
export function catalogueTemplate(locale: Locale, id: MessageId): TemplateNode[] {
  const key = `${locale}\u0000${id}`;
  let nodes = parsed.get(key);
  if (!nodes) {
    nodes = parseTemplate(CATALOGUES[locale][id]);
    parsed.set(key, nodes);
  }
  return nodes;
}

/**
 * The sentence `id` of the message catalogue in `locale`, with its placeholders
 * filled from `params`. The text is rendered exactly (no tidy-up of spaces),
 * so help text and tables keep their layout.
 */
export function say(locale: Locale, id: MessageId, params: MessageParams = {}): string {
  return renderTemplateExact(catalogueTemplate(locale, id), params, locale);
}
