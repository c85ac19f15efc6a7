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
  // Release levels, as the versioning contract names them (docs/versioning.md).
  'diff.level.major': 'chính',
  'diff.level.minor': 'phụ',
  'diff.level.patch': 'vá',
  // Why a change needs its release: one phrase per change reason kind (src/diff/policy.ts).
  'diff.reason.ruleSetRemoved': 'bỏ bộ quy tắc',
  'diff.reason.ruleSetScoring': 'đổi bài học hoặc trọng số',
  'diff.reason.ruleRemoved': 'bỏ quy tắc',
  'diff.reason.ruleMeaning': 'quy tắc đổi ý nghĩa',
  'diff.reason.parameterRemoved': 'bỏ tham số',
  'diff.reason.parameterType': 'đổi kiểu tham số',
  'diff.reason.legalEntryRemoved': 'bỏ hẳn dữ liệu pháp lý',
  'diff.reason.ruleSetAdded': 'thêm bộ quy tắc',
  'diff.reason.ruleAdded': 'thêm quy tắc',
  'diff.reason.ruleDeprecated': 'ngừng dùng quy tắc',
  'diff.reason.parameterAdded': 'thêm tham số',
  'diff.reason.parameterValue': 'sửa giá trị mặc định hoặc giới hạn của tham số',
  'diff.reason.referenceVerified': 'đổi trạng thái kiểm chứng của căn cứ',
  'diff.reason.legalEntryAdded': 'thêm mục dữ liệu pháp lý',
  'diff.reason.legalEntryReplaced': 'đổi ngày hoặc thay mục dữ liệu pháp lý',
  'diff.reason.legalEntryCorrected': 'sửa mục dữ liệu pháp lý',
  'diff.reason.ruleSetWording': 'sửa tiêu đề hoặc mô tả bộ quy tắc',
  'diff.reason.parameterWording': 'sửa mô tả hoặc đơn vị tham số',
  'diff.reason.ruleWording': 'sửa câu chữ hoặc tài liệu',
  'diff.reason.legalEntryNote': 'sửa ghi chú dữ liệu pháp lý',
  'diff.reasons': '{{reason}} ({{#items}}{{.}}{{/items}})',
  // Release-check problems.
  'diff.problem.backwards': '{{subject}}: phiên bản bị lùi {{before}} → {{after}}',
  'diff.problem.notEnough':
    '{{subject}}: {{#reasons}}{{.}}{{/reasons}} nhưng phiên bản chỉ đổi {{before}} → {{after}}; cần tăng phiên bản {{level}} (ít nhất {{required}})',
  'diff.problem.addedSince': '{{subject}}: quy tắc {{ruleId}} được thêm ở phiên bản {{version}} nhưng "since" là {{since}}',
  'diff.problem.deprecatedSince':
    '{{subject}}: quy tắc {{ruleId}} ngừng dùng từ phiên bản {{version}} nhưng "deprecated.since" là {{since}}',
  // Errors of the diff library.
  'diff.error.notSemver': '"{{version}}" không phải phiên bản semver',
  'diff.error.duplicateId': 'id "{{id}}" xuất hiện hai lần',
  'diff.error.ruleSetWithLegalData': 'checkVersionBump: không so sánh được bộ quy tắc với dữ liệu pháp lý',
  // `rules diff`: inputs that cannot be read or compared (exit 2).
  'diff.input.cannotReadFile': 'Không đọc được tệp {{file}} ({{reason}})',
  'diff.input.cannotReadPath': 'Không đọc được {{path}} ({{reason}})',
  'diff.input.notJson': '{{file}} không phải JSON hợp lệ: {{reason}}',
  'diff.input.invalidRuleSet': '{{problem}}',
  'diff.input.invalidLegalData': 'Dữ liệu pháp lý không hợp lệ trong {{file}}:',
  'diff.input.unknownKind':
    '{{path}} không phải bộ quy tắc (format "khuyencong.rule-set/1") hay dữ liệu pháp lý (format "khuyencong.legal-data/1")',
  'diff.input.emptyDirectory': 'Thư mục {{path}} không có tệp L*.json hay {{legalDataFile}}',
  'diff.input.duplicateRuleSet': '{{first}} và {{second}} cùng là bộ quy tắc {{id}}',
  'diff.input.nothingToCompare': 'Không so sánh được: {{a}} chứa {{aHolds}}, {{b}} chứa {{bHolds}}',
  'diff.holds.ruleSets': 'bộ quy tắc',
  'diff.holds.legalData': 'dữ liệu pháp lý',
  'diff.note.onlyRuleSets': 'Chỉ {{path}} có bộ quy tắc; không so sánh bộ quy tắc',
  'diff.note.onlyLegalData': 'Chỉ {{path}} có dữ liệu pháp lý; không so sánh dữ liệu pháp lý',
  // `rules diff`: the text report.
  'diff.text.header': 'So sánh quy tắc: {{a}} → {{b}}',
  'diff.text.ruleSet': 'Bộ quy tắc {{id}}: phiên bản {{before}} → {{after}}',
  'diff.text.ruleSetUnchanged': 'Bộ quy tắc {{id}} (phiên bản {{version}}): không có thay đổi',
  'diff.text.ruleSetAdded': 'Bộ quy tắc {{id}}: bộ quy tắc mới (phiên bản {{version}}, {{count}} quy tắc)',
  'diff.text.ruleSetRemoved': 'Bộ quy tắc {{id}}: đã bỏ bộ quy tắc (phiên bản {{version}}, {{count}} quy tắc)',
  'diff.text.ruleMoved': 'Quy tắc {{id}} chuyển từ {{from}} sang {{to}} (ghi là bỏ ở bộ cũ, thêm ở bộ mới)',
  'diff.text.legalData': 'Dữ liệu pháp lý: phiên bản {{before}} → {{after}}',
  'diff.text.ruleSetItself': '(bộ quy tắc)',
  'diff.text.ruleAdded': 'quy tắc mới',
  'diff.text.ruleRemoved': 'đã bỏ quy tắc',
  'diff.text.parameter': 'tham số {{name}}',
  'diff.text.parameterAdded': 'thêm (default {{default}})',
  'diff.text.message': 'thông báo “{{kind}}”',
  'diff.text.reference': 'căn cứ “{{citation}}”',
  'diff.text.entryAdded': 'thêm mục',
  'diff.text.entryRemoved': 'bỏ mục',
  'diff.text.releaseNeeded': 'cần tăng phiên bản {{level}} (≥ {{required}})',
  'diff.text.noRelease': 'không có thay đổi; không cần tăng phiên bản',
  'diff.text.versionVerdict': 'phiên bản {{before}} → {{after}}: {{verdict}}',
  'diff.verdict.ok': 'đạt',
  'diff.verdict.notEnough': 'chưa đủ',
  'diff.verdict.backwards': 'bị lùi',
  'diff.change.added': 'thêm',
  'diff.change.removed': 'bỏ',
  'diff.change.changed': 'đã đổi',
  'diff.change.reworded': 'sửa câu chữ',
  'diff.field.bounds': 'giới hạn',
  'diff.field.unit': 'đơn vị',
  'diff.field.description': 'mô tả',
  'diff.aspect.conditions': 'điều kiện',
  'diff.aspect.applicability': 'điều kiện áp dụng',
  'diff.aspect.requires': 'dữ liệu bắt buộc',
  'diff.aspect.severity': 'mức độ',
  'diff.aspect.effective': 'thời gian hiệu lực',
  'diff.aspect.event': 'sự kiện',
  'diff.aspect.parameters': 'tham số',
  'diff.aspect.deprecated': 'ngừng dùng',
  'diff.aspect.references': 'căn cứ',
  'diff.aspect.title': 'tiêu đề',
  'diff.aspect.description': 'mô tả',
  'diff.aspect.rationale': 'lý do',
  'diff.aspect.messages': 'thông báo',
  'diff.aspect.remediation': 'hướng khắc phục',
  'diff.aspect.messageFacts': 'dữ kiện của thông báo',
  'diff.aspect.since': 'phiên bản ra đời (since)',
} as const;

/** The id of a sentence of the library's message catalogue. */
export type MessageId = keyof typeof vi;
