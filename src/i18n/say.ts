import { en } from './catalogue/en.js';
import { vi, type MessageId } from './catalogue/vi.js';
import type { Locale } from './locale.js';
import { parseTemplate, renderTemplateExact, type TemplateNode } from './template.js';

export type { MessageId } from './catalogue/vi.js';

/** Values a catalogue message's placeholders name; a {@link Phrase} among them is worded in the same locale. */
export type MessageParams = Readonly<Record<string, unknown>>;

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = { vi, en };

/**
 * A sentence of the catalogue not worded yet: its id and the values it names.
 * Errors and issues carry phrases, so whoever shows them words them in the reader's locale.
 */
export class Phrase {
  constructor(
    readonly id: MessageId,
    readonly params: MessageParams = {},
  ) {}
}

/** A phrase of the catalogue, to be worded later with {@link say}. */
export function phrase(id: MessageId, params: MessageParams = {}): Phrase {
  return new Phrase(id, params);
}

/** Whether a string is the id of a sentence of the catalogue. */
export function isMessageId(value: unknown): value is MessageId {
  return typeof value === 'string' && Object.hasOwn(vi, value);
}

/** A catalogue of sentences in every locale, keyed by id, each locale giving every id. */
export type Catalogues<Id extends string> = Readonly<Record<Locale, Readonly<Record<Id, string>>>>;

/** Renders the sentences of a catalogue: `(locale, id, params) => text`. */
export type Say<Id extends string> = (locale: Locale, id: Id, params?: MessageParams) => string;

/** Each catalogue's templates, parsed on first use. */
function templateCache<Id extends string>(catalogues: Catalogues<Id>): (locale: Locale, id: Id) => TemplateNode[] {
  const parsed = new Map<string, TemplateNode[]>();
  return (locale, id) => {
    const key = `${locale}\u0000${id}`;
    let nodes = parsed.get(key);
    if (!nodes) {
      nodes = parseTemplate(catalogues[locale][id]);
      parsed.set(key, nodes);
    }
    return nodes;
  };
}

/**
 * A `say` for a host's own catalogue, in the same shape and template syntax as the library's
 * (e.g. the words of an app's page): `const vi = {…} as const; const en: Record<keyof typeof vi, string> = {…}`.
 */
export function createSay<Id extends string>(catalogues: Catalogues<Id>): Say<Id> {
  const template = templateCache(catalogues);
  return (locale, id, params = {}) => renderTemplateExact(template(locale, id), params, locale);
}

/** A library catalogue message's template, parsed on first use. */
export const catalogueTemplate = templateCache(CATALOGUES);

const isPhraseList = (value: unknown): value is readonly Phrase[] => Array.isArray(value) && value.some((item) => item instanceof Phrase);

/** The params with every phrase among them (or in a list of them) worded in the locale. */
function wordParams(locale: Locale, params: MessageParams): MessageParams {
  let worded: Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof Phrase || isPhraseList(value)) {
      worded ??= { ...params };
      worded[name] = value instanceof Phrase ? say(locale, value) : value.map((item) => (item instanceof Phrase ? say(locale, item) : item));
    }
  }
  return worded ?? params;
}

/**
 * The sentence `id` of the message catalogue in `locale`, with its placeholders
 * filled from `params`. The text is rendered exactly (no tidy-up of spaces),
 * so help text and tables keep their layout.
 */
export function say(locale: Locale, id: MessageId | Phrase, params: MessageParams = {}): string {
  if (id instanceof Phrase) return say(locale, id.id, id.params);
  return renderTemplateExact(catalogueTemplate(locale, id), wordParams(locale, params), locale);
}

/** A phrase in both languages, Vietnamese first (`vi / en`): for messages read before anyone chose a locale. */
export function sayBoth(words: Phrase): string {
  return `${say('vi', words)} / ${say('en', words)}`;
}
