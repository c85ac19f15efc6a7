import type { Locale } from '../../i18n/locale.js';
import { sayDiff, type DiffMessageId } from '../../i18n/catalogue/diff.js';
import type { MessageParams } from '../../i18n/say.js';

/**
 * An input of `rules diff` that cannot be read, parsed or validated, or two
 * inputs that cannot be compared; the CLI exits 2. It carries its catalogue
 * `messageId` and `params`; `message` words them in the caller's locale.
 */
export class RulesInputError extends Error {
  override name = 'RulesInputError';
  readonly messageId: DiffMessageId;
  readonly params: MessageParams;

  /** `details` are lines printed under the message, e.g. one per schema issue. */
  constructor(messageId: DiffMessageId, params: MessageParams, locale: Locale, details: readonly string[] = []) {
    super([sayDiff(locale, messageId, params), ...details].join('\n'));
    this.messageId = messageId;
    this.params = params;
  }
}
