/**
 * Every sentence the library itself says, in Vietnamese, keyed by message id
 * (as ESLint's `messageId` and Lighthouse's `UIStrings`). Placeholders use the
 * rule-template syntax (`{{name}}`, `{{count|plural:…:…}}`, `{{date|date}}`).
 * This file defines the ids: every other locale must give the same keys.
 *
 * Sections keep one area's ids together; add an id to its section.
 */
export const vi = {
  // ── rule findings: texts shared by every rule ──
  'finding.missing': 'Hồ sơ chưa có thông tin cần để đánh giá tiêu chí này: {{missing}}.',
  'finding.missingRemediation': 'Bổ sung vào hồ sơ: {{missing}}.',
  'finding.notInForce':
    'Tiêu chí này chỉ áp dụng cho ngày tham chiếu{{#from}} từ {{from|date}}{{/from}}{{#to}} đến hết {{to|date}}{{/to}}; ngày tham chiếu của hồ sơ là {{referenceDate|date}}.',

  // ── values: how a value reads in a sentence ──

  // ── dossier validation issues ──

  // ── errors ──

  // ── options ──

  // ── report layout (text report) ──

  // ── CLI ──

  // ── rules diff ──
} as const;

/** The id of a sentence of the library's message catalogue. */
export type MessageId = keyof typeof vi;
