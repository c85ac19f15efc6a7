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
  'diff.level.major': 'major',
  'diff.level.minor': 'minor',
  'diff.level.patch': 'patch',
  'diff.reason.ruleSetRemoved': 'rule sets removed',
  'diff.reason.ruleSetScoring': 'lesson or weight changed',
  'diff.reason.ruleRemoved': 'rules removed',
  'diff.reason.ruleMeaning': 'rules changed in meaning',
  'diff.reason.parameterRemoved': 'parameters removed',
  'diff.reason.parameterType': 'parameter types changed',
  'diff.reason.legalEntryRemoved': 'legal facts removed',
  'diff.reason.ruleSetAdded': 'rule sets added',
  'diff.reason.ruleAdded': 'rules added',
  'diff.reason.ruleDeprecated': 'rules deprecated',
  'diff.reason.parameterAdded': 'parameters added',
  'diff.reason.parameterValue': 'parameter defaults or bounds changed',
  'diff.reason.referenceVerified': 'references verified or unverified',
  'diff.reason.legalEntryAdded': 'legal entries added',
  'diff.reason.legalEntryReplaced': 'legal entries re-dated or replaced',
  'diff.reason.legalEntryCorrected': 'legal entries corrected',
  'diff.reason.ruleSetWording': 'rule-set title or description reworded',
  'diff.reason.parameterWording': 'parameter descriptions or units reworded',
  'diff.reason.ruleWording': 'wording or documentation changed',
  'diff.reason.legalEntryNote': 'legal notes reworded',
  'diff.reasons': '{{reason}} ({{#items}}{{.}}{{/items}})',
  'diff.problem.backwards': '{{subject}}: the version went backwards, {{before}} → {{after}}',
  'diff.problem.notEnough':
    '{{subject}}: {{#reasons}}{{.}}{{/reasons}} but version went {{before}} → {{after}}; a {{level}} bump is required (at least {{required}})',
  'diff.problem.addedSince': '{{subject}}: rule {{ruleId}} is added in {{version}} but its "since" is {{since}}',
  'diff.problem.deprecatedSince': '{{subject}}: rule {{ruleId}} is deprecated in {{version}} but its "deprecated.since" is {{since}}',
  'diff.error.notSemver': '"{{version}}" is not a semantic version',
  'diff.error.duplicateId': 'id "{{id}}" appears twice',
  'diff.error.ruleSetWithLegalData': 'checkVersionBump: cannot compare a rule set with legal data',
  'diff.input.cannotReadFile': 'Cannot read {{file}} ({{reason}})',
  'diff.input.cannotReadPath': 'Cannot read {{path}} ({{reason}})',
  'diff.input.notJson': '{{file}} is not valid JSON: {{reason}}',
  'diff.input.invalidRuleSet': '{{problem}}',
  'diff.input.invalidLegalData': 'Invalid legal data in {{file}}:',
  'diff.input.unknownKind':
    '{{path}} is neither a rule set (format "khuyencong.rule-set/1") nor legal data (format "khuyencong.legal-data/1")',
  'diff.input.emptyDirectory': 'The directory {{path}} holds no L*.json or {{legalDataFile}}',
  'diff.input.duplicateRuleSet': '{{first}} and {{second}} are both rule set {{id}}',
  'diff.input.nothingToCompare': 'Nothing to compare: {{a}} holds {{aHolds}}, {{b}} holds {{bHolds}}',
  'diff.holds.ruleSets': 'rule sets',
  'diff.holds.legalData': 'legal data',
  'diff.note.onlyRuleSets': 'Only {{path}} holds rule sets; rule sets not compared',
  'diff.note.onlyLegalData': 'Only {{path}} holds legal data; legal data not compared',
  'diff.text.header': 'Rules diff: {{a}} → {{b}}',
  'diff.text.ruleSet': 'Rule set {{id}}: version {{before}} → {{after}}',
  'diff.text.ruleSetUnchanged': 'Rule set {{id}} (version {{version}}): no changes',
  'diff.text.ruleSetAdded': 'Rule set {{id}}: new rule set (version {{version}}, {{count}} rules)',
  'diff.text.ruleSetRemoved': 'Rule set {{id}}: rule set removed (version {{version}}, {{count}} rules)',
  'diff.text.ruleMoved': 'Rule {{id}} moved from {{from}} to {{to}} (shown as removed there and added here)',
  'diff.text.legalData': 'Legal data: version {{before}} → {{after}}',
  'diff.text.ruleSetItself': '(rule set)',
  'diff.text.ruleAdded': 'rule added',
  'diff.text.ruleRemoved': 'rule removed',
  'diff.text.parameter': 'parameter {{name}}',
  'diff.text.parameterAdded': 'added (default {{default}})',
  'diff.text.message': 'message “{{kind}}”',
  'diff.text.reference': 'reference “{{citation}}”',
  'diff.text.entryAdded': 'entry added',
  'diff.text.entryRemoved': 'entry removed',
  'diff.text.releaseNeeded': 'requires a {{level}} release (≥ {{required}})',
  'diff.text.noRelease': 'no changes; no release needed',
  'diff.text.versionVerdict': 'version {{before}} → {{after}}: {{verdict}}',
  'diff.verdict.ok': 'OK',
  'diff.verdict.notEnough': 'not enough',
  'diff.verdict.backwards': 'went backwards',
  'diff.change.added': 'added',
  'diff.change.removed': 'removed',
  'diff.change.changed': 'changed',
  'diff.change.reworded': 'reworded',
  'diff.field.bounds': 'bounds',
  'diff.field.unit': 'unit',
  'diff.field.description': 'description',
  'diff.aspect.conditions': 'conditions',
  'diff.aspect.applicability': 'applicability',
  'diff.aspect.requires': 'required data',
  'diff.aspect.severity': 'severity',
  'diff.aspect.effective': 'effective dates',
  'diff.aspect.event': 'event',
  'diff.aspect.parameters': 'parameters',
  'diff.aspect.deprecated': 'deprecation',
  'diff.aspect.references': 'references',
  'diff.aspect.title': 'title',
  'diff.aspect.description': 'description',
  'diff.aspect.rationale': 'rationale',
  'diff.aspect.messages': 'messages',
  'diff.aspect.remediation': 'remediation',
  'diff.aspect.messageFacts': 'message facts',
  'diff.aspect.since': 'since',
};
