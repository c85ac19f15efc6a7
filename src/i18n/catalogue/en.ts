import type { LabelledValue } from '../labelled-values.js';
import { labelIds } from '../labelled-values.js';
import type { MessageId } from './vi.js';

/** How each labelled value reads in an English sentence (a missing one is a type error). */
const labels: Readonly<Record<LabelledValue, string>> = {
  // scope
  national: 'national industrial promotion',
  local: 'local industrial promotion',
  // content types
  'vocational-training': 'vocational training',
  'management-capacity': 'management capacity building',
  'demonstration-model': 'technical demonstration model',
  'advanced-equipment': 'advanced machinery and equipment',
  'cleaner-production': 'cleaner production',
  'product-promotion': 'promotion of typical rural industrial products',
  'trade-fair': 'trade fairs and exhibitions',
  consulting: 'consulting',
  information: 'information and communication',
  'industrial-cluster': 'industrial cluster',
  'international-cooperation': 'international cooperation',
  'system-capacity': 'capacity of the industrial-promotion system',
  'digital-transformation': 'digital transformation',
  'sustainable-production': 'sustainable production and consumption',
  // stages
  proposal: 'proposal',
  approved: 'approved',
  'in-progress': 'in progress',
  completed: 'completed',
  // areas
  rural: 'rural',
  urban: 'urban',
  'craft-village': 'craft village',
  // unit and beneficiary kinds
  'extension-centre': 'industrial-promotion centre',
  enterprise: 'enterprise',
  college: 'college',
  university: 'university',
  'research-institute': 'research institute',
  association: 'association',
  other: 'other',
  cooperative: 'cooperative',
  'cooperative-group': 'cooperative group',
  'household-business': 'household business',
  artisan: 'artisan',
  // enterprise sizes
  micro: 'micro',
  small: 'small',
  medium: 'medium',
  large: 'large',
  // coordinating roles
  investor: 'investor (beneficiary unit)',
  'technical-partner': 'technical partner',
  'local-authority': 'local authority',
  // engagement parties
  ministry: 'Ministry of Industry and Trade',
  'ministry-agency': "the Ministry's industrial-promotion agency",
  'provincial-party-committee': 'Provincial Party Committee',
  'provincial-peoples-committee': "Provincial People's Committee",
  'department-of-industry-and-trade': 'Department of Industry and Trade',
  'other-department': 'another provincial department',
  'district-peoples-committee': "District People's Committee",
  'commune-peoples-committee': "Commune People's Committee",
  'central-department': 'central department',
  media: 'mass media',
  'mass-organisation': 'mass organisation',
  'industry-association': 'industry association',
  // engagement types
  approval: 'approval',
  appraisal: 'appraisal',
  endorsement: 'endorsement',
  direction: 'direction',
  'coordination-agreement': 'coordination agreement',
  participation: 'participation',
  // channels
  television: 'television',
  radio: 'radio',
  newspaper: 'newspaper',
  website: 'website',
  'social-media': 'social media',
  loudspeaker: 'village loudspeaker',
  leaflet: 'leaflet',
  conference: 'conference',
  workshop: 'workshop',
  'field-visit': 'field visit',
  // audiences
  beneficiaries: 'beneficiaries',
  public: 'the public',
  authorities: 'authorities',
  // milestone parties
  presiding: 'presiding unit',
  coordinating: 'coordinating unit',
  beneficiary: 'beneficiary',
  // evaluation kinds
  midterm: 'midterm',
  final: 'final',
  // budget categories
  equipment: 'equipment',
  training: 'training',
  communication: 'communication',
  facilities: 'facilities',
  management: 'management',
  // facilities and equipment of the presiding unit (free text in the format; these are the usual values)
  office: 'office',
  'training-hall': 'training hall',
  classroom: 'classroom',
  'demonstration-workshop': 'demonstration workshop',
  projector: 'projector',
  'sound-system': 'sound system',
  'measuring-instruments': 'measuring instruments',
  // plan kinds
  'provincial-planning': 'provincial planning',
  'industrial-development-plan': 'industrial development plan',
  'sector-plan': 'sector plan',
  'district-plan': 'district plan',
  'craft-village-plan': 'craft-village development plan',
  // priorities
  'women-owned': 'women-owned establishment',
  'ethnic-minority-owned': 'ethnic-minority-owned establishment',
  // verdicts
  ready: 'ready',
  'needs-work': 'needs work',
  'not-ready': 'not ready',
};

/** Every sentence the library itself says, in English: the same ids as `vi.ts` (a missing one is a type error). */
export const en: Readonly<Record<MessageId, string>> = {
  // ── rule findings: texts shared by every rule ──
  'finding.missing': 'The dossier lacks the information needed to judge this criterion: {{missing}}.',
  'finding.missingRemediation': 'Add to the dossier: {{missing}}.',
  'finding.notInForce':
    'This criterion applies only to reference dates{{#from}} from {{from|date}}{{/from}}{{#to}} up to {{to|date}}{{/to}}; the reference date of this dossier is {{referenceDate|date}}.',

  // ── values: how a value reads in a sentence ──
  /** The BCP 47 tag numbers and lists are formatted with (Intl). */
  'locale.tag': 'en-GB',
  'value.missing': '(not given)',
  'value.yes': 'yes',
  'value.no': 'no',
  'value.money': '{{amount}} VND',
  'value.date': '{{dayNumber}} {{monthName}} {{year}}',
  'month.1': 'Jan',
  'month.2': 'Feb',
  'month.3': 'Mar',
  'month.4': 'Apr',
  'month.5': 'May',
  'month.6': 'Jun',
  'month.7': 'Jul',
  'month.8': 'Aug',
  'month.9': 'Sep',
  'month.10': 'Oct',
  'month.11': 'Nov',
  'month.12': 'Dec',
  'severity.critical': 'critical',
  'severity.major': 'major',
  'severity.minor': 'minor',
  'severity.info': 'info',
  'referenceSource.option': 'chosen by the caller',
  'referenceSource.approvedOn': 'approval date',
  'referenceSource.submittedOn': 'submission date',
  'referenceSource.period.start': 'start date',
  'referenceSource.asOf': 'evaluation date',
  ...labelIds(labels),

  // ── dossier validation issues ──
  'issue.received': ', got {{received}}',
  'issue.required': 'must be given',
  'issue.unknownField': 'this field is not part of the khuyencong.dossier/1 format (check the spelling of the field name)',
  'issue.invalidType': 'must be {{expected}}',
  'issue.invalidValue': 'must be one of {{values}}',
  'issue.invalidDate': 'must be a real calendar date in the form YYYY-MM-DD (e.g. 2024-03-01)',
  'issue.invalidPattern': 'must be {{pattern}}',
  'issue.invalidFormat': 'must match the {{format}} format',
  'issue.negative': 'must not be negative',
  'issue.tooSmall': 'must be at least {{minimum}}',
  'issue.tooBig': 'must be at most {{maximum}}',
  'issue.invalid': 'must be a valid value',
  'expected.string': 'a text string',
  'expected.number': 'a number',
  'expected.int': 'a whole number',
  'expected.boolean': 'true or false',
  'expected.array': 'a list (JSON array)',
  'expected.object': 'a JSON object',

  // ── errors ──
  'error.dossier': 'Invalid dossier ({{count|plural:problem:problems}})',
  'error.options': 'Invalid option',
  'error.ruleSet': 'Cannot load rule set',
  'error.ruleSetWhere': '{{ruleSet}}{{?ruleId}}, rule {{ruleId}}{{/ruleId}}',
  'error.hostFact': 'host fact "{{fact}}"',
  'ruleSet.duplicateRuleId': 'duplicates another rule id in this set',
  'ruleSet.unknownParameter': 'unknown parameter "{{name}}"',
  'ruleSet.unknownOperator': 'unknown operator "{{operator}}"',
  'ruleSet.unknownFact': 'unknown fact "{{fact}}"',
  'ruleSet.unknownComparedFact': 'unknown fact "{{fact}}"',
  'ruleSet.notDossierField': '"{{path}}" is not a dossier field',
  'ruleSet.invalidFactParams': 'invalid params for fact "{{fact}}": {{#detail}}{{.}}{{/detail}}',
  'ruleSet.paramIssue': '{{path}} {{expectation}}{{?received}}, got {{received}}{{/received}}',
  'ruleSet.factTakesNoParams': 'fact "{{fact}}" takes no params',
  'ruleSet.placeholderNotParameter': '"{{placeholder}}" is not a declared parameter',
  'ruleSet.placeholderNotField': '"{{placeholder}}" is not a dossier field',
  'ruleSet.unknownPlaceholder': '"{{placeholder}}" is not a fact, parameter or "as" name of this rule',
  'ruleSet.notApplicableRequired': 'required when the rule has applicability',
  'ruleSet.endsBeforeStart': 'is before effectiveFrom',
  'ruleSet.parameterType': 'must be of type {{type}}, got {{received}}',
  'ruleSet.parameterMinimum': 'must be at least {{minimum}}, got {{received}}',
  'ruleSet.parameterMaximum': 'must be at most {{maximum}}, got {{received}}',

  // ── options ──
  'option.unknown': 'there is no such option (check the spelling)',
  'option.locale': 'must be "vi" or "en"',
  'option.dateString': 'must be a real calendar date YYYY-MM-DD',
  'option.date': 'must be a real calendar date YYYY-MM-DD or a Date',
  'option.invalidDate': 'invalid Date',
  'option.nonNegative': 'must be a non-negative number',
  'option.scoreThreshold': 'must be a number from 0 to 100',
  'option.notAboveReadyAt': 'must not exceed readyAt',
  'option.oneOf': 'must be one of {{values}}',
  'option.ruleSetList': 'must be a list of rule sets',
  'option.duplicateRuleSet': 'rule set "{{ruleSet}}" is given twice',
  'option.ruleInTwoSets': 'rule "{{ruleId}}" is in both "{{first}}" and "{{second}}"',
  'option.noSuchRule': 'there is no such rule',
  'option.parameterObject': 'must be an object { parameterName: value }',
  'option.noSuchParameter': 'the rule has no such parameter (it has: {{known}})',
  'option.ruleObject': 'must be an object { ruleId: ... }',
  'option.ruleOverride': 'must be "off" or { severity, weight }',
  'option.ruleOverrideKeys': 'only severity and weight can be changed',
  'option.lessonWeightObject': 'must be an object { L1: number, ... }',
  'option.messageObject': 'must be an object { fail: { vi, en }, ... }',
  'option.messageText': 'must be { vi?: string, en?: string }',
  'option.messageNeedsBoth': 'the rule has no such text, so give both vi and en',
  'option.rewordedRule': '{{where}}: {{problem}}',
  'option.rewordedRuleText': '{{problem}}',
  'option.factList': 'must be a list of facts',
  'option.object': 'must be an object',
  'option.factName': 'must be a camelCase name',
  'option.factTaken': '"{{name}}" is already a fact',
  'option.factDescription': 'needs a description { vi, en }',
  'option.zodSchema': 'must be a zod schema',
  'option.function': 'must be a function',

  // ── report layout (text report) ──
  'report.project': 'Project',
  'report.score': 'Score',
  'report.verdict': 'Verdict',
  'report.asOf': 'Evaluated as of',
  'report.reference': 'Legal reference date',
  'report.counts': '{{pass}} passed, {{fail}} failed, {{notApplicable}} not applicable',
  'report.fix': 'Fix',
  'report.basis': 'Basis',
  'report.verified': 'verified',
  'report.unverified': 'unverified',
  'report.pointsLost': '−{{points}} points',
  'report.producedBy': 'Produced by',
  'report.legalData': 'legal data',

  // ── CLI ──
  'cli.help': `khuyencong {{version}} — evaluate khuyến công project dossiers

Usage:
  khuyencong evaluate <file|->  [options]   evaluate a dossier
  khuyencong validate <file|->  [options]   check the format only
  khuyencong rules diff <a> <b> [options]   compare two versions of the rules
      a, b: a rule-set file (L5.json), a legal-data file, or a directory holding L*.json and/or legal-data.json;
      prints each change and the release it requires (major/minor/patch); exit 0 once the diff is produced

Options:
  --locale vi|en             language (default vi)
  --format text|json         output format (default text; json for rules diff: the diff objects)
  --as-of YYYY-MM-DD         evaluation date (default: today in Vietnam)
  --reference-date YYYY-MM-DD  legal reference date
  --fail-on not-ready|needs-work|ready|none
                             exit 1 when the verdict is this or worse (default not-ready)
  -h, --help                 this help
  -v, --version              version

Exit codes: 0 ok, 1 verdict at or below --fail-on, 2 invalid input or usage.
`,
  'cli.rulesUsage': 'Usage: khuyencong rules diff <a> <b> [--format text|json] [--locale vi|en]',
  'cli.missingCommand': 'Missing command',
  'cli.invalidCommand': 'Invalid command: {{command}}',
  'cli.badLocale': '--locale: must be "vi" or "en", got "{{value}}"',
  'cli.badFormat': '--format: must be "text" or "json", got "{{value}}"',
  'cli.badFailOn': '--fail-on: must be one of {{values}}, got "{{value}}"',
  'cli.cannotRead': 'Cannot read {{file}} ({{reason}})',
  'cli.notJson': '{{file}} is not valid JSON: {{reason}}',
  'cli.valid': 'The dossier is valid.',
  'cli.internalError': 'internal error: {{detail}}',

  // ── rules diff ──
};
