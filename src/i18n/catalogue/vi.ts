import { labelIds } from '../labelled-values.js';

/** How each labelled value reads in a Vietnamese sentence (a missing one is a type error). */
const labels = {
  // scope
  national: 'khuyến công quốc gia',
  local: 'khuyến công địa phương',
  // content types
  'vocational-training': 'đào tạo nghề, truyền nghề',
  'management-capacity': 'nâng cao năng lực quản lý',
  'demonstration-model': 'mô hình trình diễn kỹ thuật',
  'advanced-equipment': 'ứng dụng máy móc thiết bị tiên tiến',
  'cleaner-production': 'sản xuất sạch hơn',
  'product-promotion': 'phát triển sản phẩm công nghiệp nông thôn tiêu biểu',
  'trade-fair': 'hội chợ, triển lãm',
  consulting: 'tư vấn',
  information: 'thông tin, tuyên truyền',
  'industrial-cluster': 'cụm công nghiệp',
  'international-cooperation': 'hợp tác quốc tế về khuyến công',
  'system-capacity': 'nâng cao năng lực hệ thống khuyến công',
  'digital-transformation': 'chuyển đổi số',
  'sustainable-production': 'sản xuất và tiêu dùng bền vững',
  // stages
  proposal: 'đề xuất',
  approved: 'đã phê duyệt',
  'in-progress': 'đang thực hiện',
  completed: 'đã hoàn thành',
  // areas
  rural: 'nông thôn',
  urban: 'đô thị',
  'craft-village': 'làng nghề',
  // unit and beneficiary kinds
  'extension-centre': 'trung tâm khuyến công',
  enterprise: 'doanh nghiệp',
  college: 'trường cao đẳng',
  university: 'trường đại học',
  'research-institute': 'viện nghiên cứu',
  association: 'hiệp hội',
  other: 'khác',
  cooperative: 'hợp tác xã',
  'cooperative-group': 'tổ hợp tác',
  'household-business': 'hộ kinh doanh',
  artisan: 'nghệ nhân',
  'union-of-cooperatives': 'liên hiệp hợp tác xã',
  'cluster-infrastructure-investor': 'chủ đầu tư hạ tầng cụm công nghiệp',
  // commune-level units
  commune: 'xã',
  ward: 'phường',
  township: 'thị trấn',
  'special-zone': 'đặc khu',
  // district-level units
  'rural-district': 'huyện',
  town: 'thị xã',
  'provincial-city': 'thành phố thuộc tỉnh',
  'urban-district': 'quận',
  'city-of-centrally-run-city': 'thành phố thuộc thành phố trực thuộc trung ương',
  // city classes
  special: 'đô thị loại đặc biệt',
  I: 'đô thị loại I',
  II: 'đô thị loại II',
  III: 'đô thị loại III',
  IV: 'đô thị loại IV',
  V: 'đô thị loại V',
  // enterprise sizes
  micro: 'siêu nhỏ',
  small: 'nhỏ',
  medium: 'vừa',
  large: 'lớn',
  // coordinating roles
  investor: 'đơn vị thụ hưởng (chủ đầu tư)',
  'technical-partner': 'đối tác kỹ thuật',
  'local-authority': 'chính quyền địa phương',
  // engagement parties
  ministry: 'Bộ Công Thương',
  'ministry-agency': 'cơ quan khuyến công của Bộ Công Thương',
  'provincial-party-committee': 'Tỉnh ủy',
  'provincial-peoples-committee': 'UBND tỉnh',
  'department-of-industry-and-trade': 'Sở Công Thương',
  'other-department': 'sở, ngành khác',
  'district-peoples-committee': 'UBND huyện',
  'commune-peoples-committee': 'UBND xã',
  'central-department': 'cục, vụ Trung ương',
  media: 'cơ quan báo chí, truyền thông',
  'mass-organisation': 'tổ chức chính trị - xã hội',
  'industry-association': 'hiệp hội ngành nghề',
  // engagement types
  approval: 'phê duyệt',
  appraisal: 'thẩm định',
  endorsement: 'đề nghị, ủng hộ',
  direction: 'chỉ đạo',
  'coordination-agreement': 'thỏa thuận phối hợp',
  participation: 'tham gia',
  // channels
  television: 'truyền hình',
  radio: 'phát thanh',
  newspaper: 'báo in',
  website: 'trang thông tin điện tử',
  'social-media': 'mạng xã hội',
  loudspeaker: 'loa truyền thanh cơ sở',
  leaflet: 'tờ rơi',
  conference: 'hội nghị',
  workshop: 'hội thảo',
  'field-visit': 'tham quan thực tế',
  // audiences
  beneficiaries: 'cơ sở thụ hưởng',
  public: 'người dân',
  authorities: 'cơ quan quản lý',
  // milestone parties
  presiding: 'đơn vị chủ trì',
  coordinating: 'đơn vị phối hợp',
  beneficiary: 'cơ sở thụ hưởng',
  // evaluation kinds
  midterm: 'giữa kỳ',
  final: 'cuối kỳ',
  // budget categories
  equipment: 'máy móc, thiết bị',
  training: 'đào tạo',
  communication: 'tuyên truyền',
  facilities: 'nhà xưởng, cơ sở vật chất',
  management: 'quản lý',
  // facilities and equipment of the presiding unit (free text in the format; these are the usual values)
  office: 'văn phòng',
  'training-hall': 'hội trường đào tạo',
  classroom: 'phòng học',
  'demonstration-workshop': 'xưởng trình diễn',
  projector: 'máy chiếu',
  'sound-system': 'hệ thống âm thanh',
  'measuring-instruments': 'thiết bị đo lường',
  // plan kinds
  'provincial-planning': 'quy hoạch tỉnh',
  'industrial-development-plan': 'kế hoạch phát triển công nghiệp',
  'sector-plan': 'quy hoạch, kế hoạch ngành',
  'district-plan': 'quy hoạch, kế hoạch cấp huyện',
  'craft-village-plan': 'kế hoạch phát triển làng nghề',
  // priorities
  'women-owned': 'cơ sở do phụ nữ làm chủ',
  'ethnic-minority-owned': 'cơ sở do người dân tộc thiểu số làm chủ',
  // verdicts
  ready: 'đạt, sẵn sàng',
  'needs-work': 'cần bổ sung',
  'not-ready': 'chưa đạt',
} as const;

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

  // ── report: what to supply, warnings, why the verdict ──
  'missing.supply': 'Bổ sung {{path}}{{?label}} ({{label}}){{/label}} cho {{ruleIds}}.',
  'warning.reference-date-defaulted': 'Hồ sơ không có ngày phê duyệt, ngày nộp hay ngày bắt đầu: đã áp dụng pháp luật tại ngày đánh giá {{date|date}}.',
  'warning.outside-legal-coverage': 'Ngày tham chiếu {{date|date}} sớm hơn dữ liệu pháp lý thư viện có{{?from}} (từ {{from|date}}){{/from}}.',
  'warning.unknown-province': 'Không nhận ra tỉnh {{names}} vào ngày tham chiếu {{date|date}} (sai chính tả, hoặc tỉnh đã sáp nhập vào tỉnh khác): các tiêu chí phụ thuộc tỉnh chưa đối chiếu được.',
  'warning.local-norms-missing': 'Đề án khuyến công địa phương{{?province}} ({{province}}){{/province}} chưa có định mức chi của tỉnh: chưa kiểm tra được mức hỗ trợ tỉnh quy định.',
  'warning.unverified-legal-basis': 'Kết luận chưa đạt của {{ruleIds}} chỉ dựa trên căn cứ pháp lý chưa kiểm chứng.',
  'verdict.critical-fail': 'Tiêu chí nghiêm trọng chưa đạt: {{ruleIds}}.',
  'verdict.score-below-not-ready': 'Điểm {{score}} dưới {{threshold}}.',
  'verdict.critical-incomplete': 'Tiêu chí nghiêm trọng thiếu thông tin: {{ruleIds}}.',
  'verdict.major-fail': 'Tiêu chí quan trọng chưa đạt: {{ruleIds}}.',
  'verdict.major-incomplete': 'Tiêu chí quan trọng thiếu thông tin: {{ruleIds}}.',
  'verdict.score-below-ready': 'Điểm {{score}} dưới {{threshold}}.',
  'verdict.all-clear': 'Điểm {{score}}, không tiêu chí nghiêm trọng hay quan trọng nào chưa đạt hoặc thiếu thông tin.',
  'finding.notInForce':
    'Tiêu chí này chỉ áp dụng cho ngày tham chiếu{{#from}} từ {{from|date}}{{/from}}{{#to}} đến hết {{to|date}}{{/to}}; ngày tham chiếu của hồ sơ là {{referenceDate|date}}.',

  // ── values: how a value reads in a sentence ──
  /** The BCP 47 tag numbers and lists are formatted with (Intl). */
  'locale.tag': 'vi-VN',
  'value.missing': '(chưa có)',
  'value.yes': 'có',
  'value.no': 'không',
  'value.money': '{{amount}} đồng',
  'value.date': '{{day}}/{{month}}/{{year}}',
  'month.1': 'tháng 1',
  'month.2': 'tháng 2',
  'month.3': 'tháng 3',
  'month.4': 'tháng 4',
  'month.5': 'tháng 5',
  'month.6': 'tháng 6',
  'month.7': 'tháng 7',
  'month.8': 'tháng 8',
  'month.9': 'tháng 9',
  'month.10': 'tháng 10',
  'month.11': 'tháng 11',
  'month.12': 'tháng 12',
  'severity.critical': 'nghiêm trọng',
  'severity.major': 'quan trọng',
  'severity.minor': 'nhỏ',
  'severity.info': 'thông tin',
  'referenceSource.option': 'do người dùng chọn',
  'referenceSource.approvedOn': 'ngày phê duyệt',
  'referenceSource.submittedOn': 'ngày nộp hồ sơ',
  'referenceSource.period.start': 'ngày bắt đầu',
  'referenceSource.asOf': 'ngày đánh giá',
  ...labelIds(labels),

  // ── dossier validation issues ──
  'issue.received': ', nhận được {{received}}',
  'issue.required': 'bắt buộc phải có',
  'issue.unknownField': 'trường này không có trong định dạng khuyencong.dossier/1 (kiểm tra chính tả tên trường)',
  'issue.invalidType': 'phải là {{expected}}',
  'issue.invalidValue': 'phải là một trong các giá trị {{values}}',
  'issue.invalidDate': 'phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-03-01)',
  'issue.invalidPattern': 'sai định dạng (cần: {{pattern}})',
  'issue.invalidFormat': 'sai định dạng {{format}}',
  'issue.negative': 'không được là số âm',
  'issue.tooSmall': 'phải lớn hơn hoặc bằng {{minimum}}',
  'issue.tooBig': 'quá lớn (tối đa {{maximum}})',
  'issue.invalid': 'giá trị không hợp lệ',
  'expected.string': 'một chuỗi văn bản',
  'expected.number': 'một số',
  'expected.int': 'một số nguyên',
  'expected.boolean': 'true hoặc false',
  'expected.array': 'một danh sách (mảng JSON)',
  'expected.object': 'một đối tượng JSON',

  // ── errors ──
  'error.dossier': 'Hồ sơ không hợp lệ ({{count}} lỗi)',
  'error.options': 'Tùy chọn không hợp lệ',
  'error.ruleSet': 'Không nạp được bộ quy tắc',
  'error.ruleSetWhere': '{{ruleSet}}{{?ruleId}}, quy tắc {{ruleId}}{{/ruleId}}',
  'error.hostFact': 'Dữ kiện "{{fact}}" của ứng dụng',
  'ruleSet.duplicateRuleId': 'trùng với một quy tắc khác trong bộ',
  'ruleSet.unknownParameter': 'tham số "{{name}}" chưa được khai báo',
  'ruleSet.unknownOperator': 'toán tử "{{operator}}" không tồn tại',
  'ruleSet.unknownFact': 'dữ kiện "{{fact}}" không có trong danh mục',
  'ruleSet.unknownComparedFact': 'dữ kiện "{{fact}}" không có',
  'ruleSet.notDossierField': '"{{path}}" không phải trường của hồ sơ',
  'ruleSet.invalidFactParams': 'tham số của dữ kiện "{{fact}}" không hợp lệ: {{#detail}}{{.}}{{/detail}}',
  'ruleSet.paramIssue': '{{path}} {{expectation}}{{?received}}, nhận được {{received}}{{/received}}',
  'ruleSet.factTakesNoParams': 'dữ kiện "{{fact}}" không nhận tham số',
  'ruleSet.placeholderNotParameter': '"{{placeholder}}" không phải tham số đã khai báo',
  'ruleSet.placeholderNotField': '"{{placeholder}}" không phải trường của hồ sơ',
  'ruleSet.unknownPlaceholder': '"{{placeholder}}" không phải dữ kiện, tham số hay tên "as" của quy tắc',
  'ruleSet.notApplicableRequired': 'bắt buộc khi có applicability',
  'ruleSet.endsBeforeStart': 'trước effectiveFrom',
  'ruleSet.parameterType': 'phải có kiểu {{type}}, nhận được {{received}}',
  'ruleSet.parameterMinimum': 'phải ≥ {{minimum}}, nhận được {{received}}',
  'ruleSet.parameterMaximum': 'phải ≤ {{maximum}}, nhận được {{received}}',
  // Message templates that do not parse (a rule's texts, a host's rewording).
  'template.unbalancedBraces': 'dấu ngoặc nhọn không cân đối trong "{{text}}"',
  'template.invalidPlaceholder': 'chỗ điền "{{tag}}" không hợp lệ',
  'template.sectionFormatter': 'khối lặp hoặc điều kiện không được có định dạng: "{{tag}}"',
  'template.unknownFormatter': 'không có định dạng "{{formatter}}" trong "{{tag}}" (có: {{known}})',
  'template.formatterArity': 'định dạng "{{formatter}}" nhận {{arity}} đối số, trong "{{tag}}"',
  'template.closesUnopened': '"{{tag}}" đóng một khối chưa mở',
  'template.neverClosed': 'khối "{{tag}}" không được đóng',

  // ── options ──
  'option.unknown': 'không có tùy chọn này (kiểm tra chính tả)',
  'option.locale': 'phải là "vi" hoặc "en"',
  'option.dateString': 'phải là một ngày có thật dạng YYYY-MM-DD',
  'option.date': 'phải là một ngày có thật dạng YYYY-MM-DD hoặc một Date',
  'option.invalidDate': 'ngày không hợp lệ',
  'option.nonNegative': 'phải là số không âm',
  'option.scoreThreshold': 'phải là số từ 0 đến 100',
  'option.notAboveReadyAt': 'không được lớn hơn readyAt',
  'option.oneOf': 'phải là một trong {{values}}',
  'option.ruleSetList': 'phải là một danh sách bộ quy tắc',
  'option.duplicateRuleSet': 'bộ quy tắc "{{ruleSet}}" được đưa vào hai lần',
  'option.ruleInTwoSets': 'quy tắc "{{ruleId}}" có trong cả "{{first}}" và "{{second}}"',
  'option.noSuchRule': 'không có quy tắc này',
  'option.parameterObject': 'phải là một đối tượng { tên tham số: giá trị }',
  'option.noSuchParameter': 'quy tắc không có tham số này (có: {{known}})',
  'option.ruleObject': 'phải là một đối tượng { mã quy tắc: ... }',
  'option.ruleOverride': 'phải là "off" hoặc { severity, weight }',
  'option.ruleOverrideKeys': 'chỉ được đổi severity hoặc weight',
  'option.lessonWeightObject': 'phải là một đối tượng { L1: số, ... }',
  'option.messageObject': 'phải là một đối tượng { fail: { vi, en }, ... }',
  'option.messageText': 'phải là { vi?: chuỗi, en?: chuỗi }',
  'option.messageNeedsBoth': 'quy tắc không có văn bản này, cần cả vi và en',
  'option.rewordedRule': '{{where}}: {{problem}}',
  'option.rewordedRuleText': '{{problem}}',
  'option.factList': 'phải là một danh sách dữ kiện',
  'option.object': 'phải là một đối tượng',
  'option.factName': 'phải là tên dạng camelCase',
  'option.factTaken': '"{{name}}" đã có trong danh mục dữ kiện',
  'option.factDescription': 'cần mô tả { vi, en }',
  'option.zodSchema': 'phải là một schema zod',
  'option.function': 'phải là một hàm',

  // ── report layout (text report) ──
  'report.project': 'Đề án',
  'report.score': 'Điểm',
  'report.verdict': 'Kết luận',
  'report.asOf': 'Ngày đánh giá',
  'report.reference': 'Ngày tham chiếu pháp lý',
  'report.counts': '{{pass}} đạt, {{fail}} chưa đạt, {{incomplete}} thiếu thông tin, {{notApplicable}} không áp dụng',
  'report.completeness': 'Mức đầy đủ của hồ sơ',
  'report.because': 'Vì',
  'report.missing': 'Cần bổ sung',
  'report.warnings': 'Lưu ý',
  'report.fix': 'Khắc phục',
  'report.basis': 'Căn cứ',
  'report.verified': 'đã kiểm chứng',
  'report.unverified': 'chưa kiểm chứng',
  'report.pointsLost': '−{{points}} điểm',
  'report.producedBy': 'Tạo bởi',
  'report.legalData': 'dữ liệu pháp lý',

  // ── CLI ──
  // (in cli.ts: the CLI's words stay out of the library's browser bundle)

  // ── rules diff ──
  // (in diff.ts: the diff's words stay out of the library's browser bundle)

} as const;

/** The id of a sentence of the library's message catalogue. */
export type MessageId = keyof typeof vi;
