import type { MessageId } from './vi.js';

/** Every sentence the library itself says, in English: the same ids as `vi.ts` (a missing one is a type error). */
export const en: Readonly<Record<MessageId, string>> = {
  // ── rule findings: texts shared by every rule ──
  'finding.missing': 'The dossier lacks the information needed to judge this criterion: {{missing}}.',
  'finding.missingRemediation': 'Add to the dossier: {{missing}}.',
  'finding.notInForce':
    'This criterion applies only to reference dates{{#from}} from {{from|date}}{{/from}}{{#to}} up to {{to|date}}{{/to}}; the reference date of this dossier is {{referenceDate|date}}.',

  // ── values: how a value reads in a sentence ──

  // ── dossier validation issues ──

  // ── errors ──

  // ── options ──

  // ── report layout (text report) ──

  // ── CLI ──

  // ── rules diff ──
};
