import type { ContentType } from '../../schema/enums.js';
import type { EvaluationContext } from '../context.js';

/**
 * The content whose support goes to named establishments, so a dossier of it must list its
 * beneficiaries: machinery and demonstration models are funded per establishment and per model
 * (TTLT 26/2014/TTLT-BTC-BCT; TT 28/2018/TT-BTC Art. 8, the `per` of `supportCap.*` in the legal
 * data), against each one's request letter (TT 36/2013/TT-BCT Art. 10) and counterpart funds
 * (TTLT 26/2014 Art. 7). Other content (training, fairs, information…) may reach establishments
 * the dossier does not list one by one.
 */
const CONTENT_WITH_NAMED_BENEFICIARIES: readonly ContentType[] = ['advanced-equipment', 'demonstration-model'];

/**
 * Whether the dossier should list its beneficiaries: true for content funded per establishment,
 * false for other content, undefined when the dossier does not state its content.
 */
export function beneficiariesExpected(context: EvaluationContext): boolean | undefined {
  const content = context.dossier.contentType;
  return content === undefined ? undefined : CONTENT_WITH_NAMED_BENEFICIARIES.includes(content);
}
