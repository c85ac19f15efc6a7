import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLegalDataRelease, checkRuleSetRelease, checkVersionBump, ruleSetChangeReasons } from '../../src/diff/classify.js';
import { diffLegalData } from '../../src/diff/diff-legal-data.js';
import { diffRuleSets } from '../../src/diff/diff-rule-sets.js';
import { validateRuleSet } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { LegalDataSchema, type LegalData } from '../../src/schema/legal-data.js';
import type { RuleDefinition, RuleSet } from '../../src/schema/rule-set.js';

const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(`${RULES_DIR}${name}`, 'utf8'));
const L4 = validateRuleSet(read('L4.json'), 'rules/L4.json', FACT_CATALOGUE);
// The last release, so the versions these tests name do not move with the working tree's.
const L5 = validateRuleSet(JSON.parse(readFileSync(fileURLToPath(new URL('../released/L5@1.0.0.json', import.meta.url)), 'utf8')), 'test/released/L5@1.0.0.json', FACT_CATALOGUE);
const LEGAL = LegalDataSchema.parse(read('legal-data.json'));

function variant(version: string, change: (ruleSet: RuleSet) => void = () => {}, base: RuleSet = L5): RuleSet {
  const copy = structuredClone(base);
  copy.version = version;
  change(copy);
  return copy;
}

function rule(ruleSet: RuleSet, id: string): RuleDefinition {
  return ruleSet.rules.find((candidate) => candidate.id === id)!;
}

const conditionChanged = (ruleSet: RuleSet) => (rule(ruleSet, 'L5-market-prices').conditions = { all: [] });
// The engine makes its own event (src/engine/runner.ts): a rule's event is documentation.
const eventChanged = (ruleSet: RuleSet) => (rule(ruleSet, 'L5-market-prices').event = { type: 'market-prices', params: { lesson: 5 } });
const reworded = (ruleSet: RuleSet) => (rule(ruleSet, 'L5-market-prices').messages.pass.en = 'Enough quotes.');
const newRule = (since: string) => (ruleSet: RuleSet) =>
  ruleSet.rules.push({ ...structuredClone(rule(ruleSet, 'L5-market-prices')), id: 'L5-new-rule', since });

describe('checkVersionBump for rule sets', () => {
  it.each([
    ['no change, same version', variant('1.0.0'), []],
    ['no change, a patch release anyway', variant('1.0.1'), []],
    ['reworded, patch release', variant('1.0.1', reworded), []],
    ['reworded, minor release (more than needed)', variant('1.1.0', reworded), []],
    ['new rule with since = new version, minor release', variant('1.1.0', newRule('1.1.0')), []],
    ['condition changed, major release', variant('2.0.0', conditionChanged), []],
    ['event changed, patch release', variant('1.0.1', eventChanged), []],
  ] as const)('accepts: %s', (_name, after, expected) => {
    expect(checkVersionBump(L5, after)).toEqual(expected);
  });

  it('names the rule and the aspect when a change in meaning gets a minor release', () => {
    expect(checkVersionBump(L5, variant('1.1.0', conditionChanged))).toEqual([
      'khuyencong/L5: rules changed in meaning (L5-market-prices: conditions) but version went 1.0.0 → 1.1.0; a major bump is required (at least 2.0.0)',
    ]);
  });

  it('says so in Vietnamese with locale vi', () => {
    expect(checkVersionBump(L5, variant('1.1.0', conditionChanged), { locale: 'vi' })).toEqual([
      'khuyencong/L5: quy tắc đổi ý nghĩa (L5-market-prices: conditions) nhưng phiên bản chỉ đổi 1.0.0 → 1.1.0; cần tăng phiên bản chính (ít nhất 2.0.0)',
    ]);
  });

  it.each([
    ['a reworded message without a release', variant('1.0.0', reworded), 'wording or documentation changed (L5-market-prices: messages)', 'patch', '1.0.1'],
    ['an event changed without a release', variant('1.0.0', eventChanged), 'wording or documentation changed (L5-market-prices: event)', 'patch', '1.0.1'],
    ['a new rule in a patch release', variant('1.0.1', newRule('1.0.1')), 'rules added (L5-new-rule)', 'minor', '1.1.0'],
    [
      'a default changed without a release',
      variant('1.0.0', (ruleSet) => (rule(ruleSet, 'L5-market-prices').parameters!.minPriceQuotes!.default = 2)),
      'parameter defaults or bounds changed (L5-market-prices: minPriceQuotes)',
      'minor',
      '1.1.0',
    ],
    [
      'a rule removed in a minor release',
      variant('1.1.0', (ruleSet) => ruleSet.rules.splice(1, 1)),
      'rules removed (L5-budget-arithmetic)',
      'major',
      '2.0.0',
    ],
    ['a weight change in a minor release', variant('1.1.0', (ruleSet) => (ruleSet.weight = 2)), 'lesson or weight changed (weight)', 'major', '2.0.0'],
  ] as const)('reports %s', (_name, after, why, level, atLeast) => {
    const problems = checkVersionBump(L5, after);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      `khuyencong/L5: ${why} but version went 1.0.0 → ${after.version}; a ${level} bump is required (at least ${atLeast})`,
    );
  });

  it('lists only the reasons at the required level, grouped', () => {
    const after = variant('1.1.0', (ruleSet) => {
      reworded(ruleSet);
      rule(ruleSet, 'L5-market-prices').severity = 'critical';
      rule(ruleSet, 'L5-market-prices').requires = ['budget.lines'];
      rule(ruleSet, 'L5-support-cap').severity = 'major';
      ruleSet.rules.splice(ruleSet.rules.findIndex((candidate) => candidate.id === 'L5-other-resources'), 1);
    });
    expect(checkVersionBump(L5, after)).toEqual([
      'khuyencong/L5: rules removed (L5-other-resources); rules changed in meaning (L5-market-prices: requires, severity; L5-support-cap: severity) but version went 1.0.0 → 1.1.0; a major bump is required (at least 2.0.0)',
    ]);
  });

  it('reports a version that went backwards', () => {
    expect(checkVersionBump(variant('1.2.0'), variant('1.1.0'))).toEqual(['khuyencong/L5: the version went backwards, 1.2.0 → 1.1.0']);
  });

  it('reports a rule added or deprecated whose since is not the new version', () => {
    const after = variant('1.1.0', (ruleSet) => {
      newRule('1.0.0')(ruleSet);
      rule(ruleSet, 'L5-market-prices').deprecated = { since: '1.0.0', replacedBy: 'L5-new-rule' };
    });
    expect(checkVersionBump(L5, after)).toEqual([
      'khuyencong/L5: rule L5-market-prices is deprecated in 1.1.0 but its "deprecated.since" is 1.0.0',
      'khuyencong/L5: rule L5-new-rule is added in 1.1.0 but its "since" is 1.0.0',
    ]);
  });

  it('checks each rule set of an array on its own, and skips one present on a single side', () => {
    const problems = checkVersionBump([L4, L5], [variant('1.0.0', (ruleSet) => (ruleSet.title.en = 'Lesson 4'), L4), variant('2.0.0', conditionChanged)]);
    expect(problems).toEqual([
      'khuyencong/L4: rule-set title or description reworded (title) but version went 1.0.0 → 1.0.0; a patch bump is required (at least 1.0.1)',
    ]);
    expect(checkVersionBump([L4, L5], [variant('1.0.0')])).toEqual([]);
  });

  it('refuses to compare a rule set with legal data', () => {
    expect(() => checkVersionBump(L5 as never, LEGAL as never)).toThrow(TypeError);
  });
});

describe('checkVersionBump for legal data', () => {
  const corrected = (version: string): LegalData => {
    const copy = structuredClone(LEGAL);
    copy.version = version;
    copy.entries.find((entry) => entry.key === 'learnersPerInstructorLimit' && entry.effectiveFrom === '2025-07-01')!.value = 24;
    return copy;
  };

  it('asks for a minor release when a legal figure is corrected', () => {
    expect(checkVersionBump(LEGAL, corrected('1.0.1'))).toEqual([
      'legal-data: legal entries corrected (learnersPerInstructorLimit@2025-07-01: value) but version went 1.0.0 → 1.0.1; a minor bump is required (at least 1.1.0)',
    ]);
    expect(checkVersionBump(LEGAL, corrected('1.1.0'))).toEqual([]);
  });

  it('asks for a major release when a legal fact disappears', () => {
    const removed = { ...structuredClone(LEGAL), version: '1.1.0', entries: LEGAL.entries.filter((entry) => entry.key !== 'priorityOwnership') };
    expect(checkVersionBump(LEGAL, removed)).toEqual([
      'legal-data: legal facts removed (priorityOwnership@2025-10-15) but version went 1.0.0 → 1.1.0; a major bump is required (at least 2.0.0)',
    ]);
  });
});

describe('release checks', () => {
  it('give the change, its reasons, the required version and whether it is met', () => {
    const check = checkRuleSetRelease(diffRuleSets(L5, variant('1.1.0', conditionChanged)).ruleSets[0]!);
    expect(check).toMatchObject({
      subject: 'khuyencong/L5',
      change: 'major',
      version: { before: '1.0.0', after: '1.1.0' },
      requiredVersion: '2.0.0',
      satisfied: false,
    });
    expect(check.reasons).toEqual([{ level: 'major', kind: 'rule-meaning', subject: 'khuyencong/L5', ruleId: 'L5-market-prices', detail: 'conditions' }]);
    expect(check.problems).toEqual([check.versionProblem]);

    const legal = checkLegalDataRelease(diffLegalData(LEGAL, { ...LEGAL, version: '1.0.1' }));
    expect(legal).toMatchObject({ subject: 'legal-data', change: 'none', requiredVersion: '1.0.0', satisfied: true, problems: [] });
  });

  it('explain a reference verified and a parameter retyped', () => {
    const after = variant('2.0.0', (ruleSet) => {
      rule(ruleSet, 'L5-market-prices').references[1]!.verified = true;
      rule(ruleSet, 'L5-market-prices').parameters!.minPriceQuotes!.type = 'number';
    });
    expect(ruleSetChangeReasons(diffRuleSets(L5, after).ruleSets[0]!)).toEqual([
      { level: 'major', kind: 'parameter-type', subject: 'khuyencong/L5', ruleId: 'L5-market-prices', detail: 'minPriceQuotes' },
      {
        level: 'minor',
        kind: 'reference-verified',
        subject: 'khuyencong/L5',
        ruleId: 'L5-market-prices',
        detail: 'Thực hành thẩm định giá mua sắm thiết bị (ít nhất 3 báo giá)',
      },
    ]);
  });
});
