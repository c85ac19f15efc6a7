import type { Locale } from '../../i18n/locale.js';
import { say, type MessageId, type MessageParams } from '../../i18n/say.js';

/**
 * An input of `rules diff` that cannot be read, parsed or validated, or two
 * inputs that cannot be compared; the CLI exits 2. It carries its catalogue
 * `messageId` and `params`; `message` words them in the caller's locale.
 */
export class RulesInputError extends Error {
  override name = 'RulesInputError';
  readonly messageId: MessageId;
  readonly params: MessageParams;

  /** `details` are lines printed under the message, e.g. one per schema issue. */
  constructor(messageId: MessageId, params: MessageParams, locale: Locale, details: readonly string[] = []) {
    super([say(locale, messageId, params), ...details].join('\n'));
    this.messageId = messageId;
    this.params = params;
  }
}
