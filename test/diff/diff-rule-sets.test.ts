import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyRuleSetChange } from '../../src/diff/classify.js';
import type { ChangeLevel } from '../../src/diff/semver.js';
import {
  diffRuleSets,
  type RuleAspect,
  type RuleChange,
  type RuleSetDiff,
  type RuleSetsDiff,
} from '../../src/diff/diff-rule-sets.js';
import { validateRuleSet } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { RuleSetError } from '../../src/schema/errors.js';
import type { RuleDefinition, RuleSet } from '../../src/schema/rule-set.js';
import { reverseKeys } from '../support/json.js';

const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

function readRuleSet(name: string): RuleSet {
  return validateRuleSet(JSON.parse(readFileSync(`${RULES_DIR}${name}`, 'utf8')), `rules/${name}`, FACT_CATALOGUE);
}

// Taken as release 1.0.0, whatever its version now.
const L4 = { ...readRuleSet('L4.json'), version: '1.0.0' };
const L5 = readRuleSet('L5.json');

/** A deep copy of rules/L5.json with one change. */
function variant(change: (ruleSet: RuleSet) => unknown): RuleSet {
  const copy = structuredClone(L5);
  const replaced = change(copy);
  return typeof replaced === 'object' && replaced !== null && !Array.isArray(replaced) && 'rules' in replaced ? (replaced as RuleSet) : copy;
}

function rule(ruleSet: RuleSet, id: string): RuleDefinition {
  const found = ruleSet.rules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}


function onlyRuleSet(diff: RuleSetsDiff): RuleSetDiff {
  expect(diff.ruleSets).toHaveLength(1);
  return diff.ruleSets[0]!;
}

function changedRule(diff: RuleSetDiff, id: string): RuleChange {
  const found = diff.rulesChanged.find((change) => change.id === id);
  if (!found) throw new Error(`rule ${id} not reported as changed`);
  return found;
}

const MARKET = 'L5-market-prices';

interface Case {
  name: string;
  /** Changes the copy in place, or returns a replacement. */
  change: (ruleSet: RuleSet) => unknown;
  level: ChangeLevel;
  /** The aspects reported for L5-market-prices, when the case changes it. */
  aspects?: RuleAspect[];
  check?: (diff: RuleSetDiff) => void;
}

const CASES: Case[] = [
  {
    name: 'reformatting and key reordering',
    change: (ruleSet) => reverseKeys(JSON.parse(JSON.stringify(ruleSet, null, 7)) as RuleSet),
    level: 'none',
  },
  { name: 'rules reordered', change: (ruleSet) => ruleSet.rules.reverse(), level: 'none' },
  { name: 'references reordered', change: (ruleSet) => rule(ruleSet, MARKET).references.reverse(), level: 'none' },
  {
    name: 'requires reordered (a set of paths)',
    change: (ruleSet) => rule(ruleSet, 'L5-implementation-plan').requires!.reverse(),
    level: 'none',
  },
  {
    name: 'a message reworded',
    change: (ruleSet) => {
      rule(ruleSet, MARKET).messages.fail.en = 'Too few price quotes: {{#shortLines}}{{label}}{{/shortLines}}.';
    },
    level: 'patch',
    aspects: ['messages'],
    check: (diff) => {
      const change = changedRule(diff, MARKET).changes[0]!;
      expect(change).toMatchObject({ aspect: 'messages', messages: [{ kind: 'fail' }] });
      if (change.aspect !== 'messages') throw new Error('unreachable');
      expect(change.messages[0]!.before).toEqual(rule(L5, MARKET).messages.fail);
      expect(change.messages[0]!.after?.en).toBe('Too few price quotes: {{#shortLines}}{{label}}{{/shortLines}}.');
    },
  },
  {
    name: 'a missing-data message added',
    change: (ruleSet) => {
      rule(ruleSet, MARKET).messages.missing = { vi: 'Thiếu {{missing}}.', en: 'Missing {{missing}}.' };
    },
    level: 'patch',
    aspects: ['messages'],
  },
  {
    name: 'title, description, rationale and remediation reworded',
    change: (ruleSet) => {
      const market = rule(ruleSet, MARKET);
      market.title.en = 'Market prices, checked';
      market.description.vi += ' ';
      market.rationale = { vi: 'Lý do mới.', en: 'A new rationale.' };
      market.remediation.en = 'Get more quotes.';
    },
    level: 'patch',
    aspects: ['title', 'description', 'rationale', 'remediation'],
  },
  {
    name: 'a reference citation and note reworded',
    change: (ruleSet) => {
      const guidance = rule(ruleSet, MARKET).references[1]!;
      guidance.citation = 'Thực hành thẩm định giá (3 báo giá)';
      guidance.note = { vi: 'Ghi chú mới.', en: 'A new note.' };
    },
    level: 'patch',
    aspects: ['references'],
    check: (diff) => {
      expect(changedRule(diff, MARKET).changes[0]).toMatchObject({
        aspect: 'references',
        references: [{ change: 'changed', fields: ['citation', 'note'] }],
      });
    },
  },
  {
    name: 'a parameter description and unit reworded',
    change: (ruleSet) => {
      const parameter = rule(ruleSet, MARKET).parameters!.minPriceQuotes!;
      parameter.description.en = 'How many quotes each item needs.';
      parameter.unit = { vi: 'bản báo giá', en: 'price quotes' };
    },
    level: 'patch',
    aspects: ['parameters'],
    check: (diff) => {
      expect(changedRule(diff, MARKET).changes[0]).toMatchObject({
        parameters: [{ name: 'minPriceQuotes', change: 'changed', fields: ['unit', 'description'] }],
      });
    },
  },
  {
    name: 'message facts added',
    change: (ruleSet) => {
      rule(ruleSet, MARKET).messageFacts = [{ as: 'currentStage', fact: 'stage' }];
    },
    level: 'patch',
    aspects: ['messageFacts'],
  },
  { name: 'since corrected', change: (ruleSet) => (rule(ruleSet, MARKET).since = '0.9.0'), level: 'patch', aspects: ['since'] },
  {
    name: 'the rule set title reworded',
    change: (ruleSet) => (ruleSet.title.en = 'Lesson 5, reworded'),
    level: 'patch',
    check: (diff) => expect(diff.metadata).toEqual([{ field: 'title', before: L5.title, after: { ...L5.title, en: 'Lesson 5, reworded' } }]),
  },
  {
    name: 'a new rule',
    change: (ruleSet) => ruleSet.rules.push({ ...structuredClone(rule(ruleSet, MARKET)), id: 'L5-new-rule', since: '1.1.0' }),
    level: 'minor',
    check: (diff) => {
      expect(diff.rulesAdded).toEqual(['L5-new-rule']);
      expect(diff.rulesChanged).toEqual([]);
    },
  },
  {
    name: 'a rule deprecated',
    change: (ruleSet) => (rule(ruleSet, MARKET).deprecated = { since: '1.1.0', replacedBy: 'L5-new-rule' }),
    level: 'minor',
    aspects: ['deprecated'],
  },
  {
    name: 'a parameter default changed',
    change: (ruleSet) => (rule(ruleSet, MARKET).parameters!.minPriceQuotes!.default = 4),
    level: 'minor',
    aspects: ['parameters'],
    check: (diff) => {
      const change = changedRule(diff, MARKET).changes[0]!;
      if (change.aspect !== 'parameters') throw new Error('expected a parameters change');
      expect(change.parameters).toEqual([
        expect.objectContaining({ name: 'minPriceQuotes', change: 'changed', fields: ['default'] }),
      ]);
      expect(change.parameters[0]!.before?.default).toBe(3);
      expect(change.parameters[0]!.after?.default).toBe(4);
    },
  },
  {
    name: 'parameter bounds corrected',
    change: (ruleSet) => (rule(ruleSet, MARKET).parameters!.minPriceQuotes!.maximum = 10),
    level: 'minor',
    aspects: ['parameters'],
  },
  {
    name: 'a parameter added',
    change: (ruleSet) =>
      (rule(ruleSet, MARKET).parameters!.maxQuoteAgeDays = { type: 'integer', default: 180, description: { vi: 'Tuổi báo giá.', en: 'Quote age.' } }),
    level: 'minor',
    aspects: ['parameters'],
  },
  {
    name: "a reference's verified flag changed",
    change: (ruleSet) => (rule(ruleSet, MARKET).references[1]!.verified = true),
    level: 'minor',
    aspects: ['references'],
  },
  {
    name: 'a condition changed',
    change: (ruleSet) => {
      const condition = rule(ruleSet, MARKET).conditions;
      if (!('all' in condition)) throw new Error('expected all');
      condition.all[0] = { ...condition.all[0]!, operator: 'not:isEmpty' } as (typeof condition.all)[number];
    },
    level: 'major',
    aspects: ['conditions'],
    check: (diff) => {
      const change = changedRule(diff, MARKET).changes[0]!;
      expect(change.aspect).toBe('conditions');
      if (change.aspect !== 'conditions') throw new Error('unreachable');
      expect(change.before).toEqual(rule(L5, MARKET).conditions);
    },
  },
  {
    name: 'the applicability changed',
    change: (ruleSet) => delete rule(ruleSet, MARKET).applicability,
    level: 'major',
    aspects: ['applicability'],
  },
  {
    name: 'a required path added',
    change: (ruleSet) => (rule(ruleSet, MARKET).requires = ['budget.lines']),
    level: 'major',
    aspects: ['requires'],
  },
  {
    name: 'the severity changed',
    change: (ruleSet) => (rule(ruleSet, MARKET).severity = 'critical'),
    level: 'major',
    aspects: ['severity'],
    check: (diff) => expect(changedRule(diff, MARKET).changes).toEqual([{ aspect: 'severity', before: 'major', after: 'critical' }]),
  },
  {
    name: 'an effective date added',
    change: (ruleSet) => (rule(ruleSet, MARKET).effectiveTo = '2030-12-31'),
    level: 'major',
    aspects: ['effective'],
    check: (diff) =>
      expect(changedRule(diff, MARKET).changes).toEqual([
        { aspect: 'effective', fields: ['effectiveTo'], before: {}, after: { effectiveTo: '2030-12-31' } },
      ]),
  },
  {
    // The engine makes its own event and never reads this one: a patch, not a change in meaning.
    name: 'the event changed',
    change: (ruleSet) => (rule(ruleSet, MARKET).event = { type: 'market-prices' }),
    level: 'patch',
    aspects: ['event'],
  },
  {
    name: 'a parameter removed',
    change: (ruleSet) => delete rule(ruleSet, 'L5-final-evaluation').parameters!.maxDaysAfterEnd,
    level: 'major',
    check: (diff) =>
      expect(changedRule(diff, 'L5-final-evaluation').changes[0]).toMatchObject({
        parameters: [{ name: 'maxDaysAfterEnd', change: 'removed' }],
      }),
  },
  {
    name: "a parameter's type changed",
    change: (ruleSet) => (rule(ruleSet, MARKET).parameters!.minPriceQuotes!.type = 'number'),
    level: 'major',
    aspects: ['parameters'],
  },
  {
    name: 'a rule removed',
    change: (ruleSet) => (ruleSet.rules = ruleSet.rules.filter((candidate) => candidate.id !== 'L5-other-resources')),
    level: 'major',
    check: (diff) => expect(diff.rulesRemoved).toEqual(['L5-other-resources']),
  },
  {
    name: 'the weight changed',
    change: (ruleSet) => (ruleSet.weight = 2),
    level: 'major',
    check: (diff) => expect(diff.metadata).toEqual([{ field: 'weight', before: 1, after: 2 }]),
  },
  { name: 'the lesson changed', change: (ruleSet) => (ruleSet.lesson = 'L4'), level: 'major' },
  {
    name: 'wording, a new default and a new condition together (the highest wins)',
    change: (ruleSet) => {
      const market = rule(ruleSet, MARKET);
      market.title.vi = 'Giá thị trường';
      market.parameters!.minPriceQuotes!.default = 2;
      market.conditions = { all: [] };
    },
    level: 'major',
    aspects: ['conditions', 'parameters', 'title'],
  },
];

describe('diffRuleSets and classifyRuleSetChange on variants of rules/L5.json', () => {
  it.each(CASES)('$name → $level', ({ change, level, aspects, check }) => {
    const after = variant(change);
    const diff = diffRuleSets(L5, after);
    const ruleSetDiff = onlyRuleSet(diff);
    expect(ruleSetDiff.version).toEqual({ before: L5.version, after: L5.version });
    expect(classifyRuleSetChange(ruleSetDiff)).toBe(level);
    expect(classifyRuleSetChange(diff)).toBe(level);
    if (level === 'none') {
      expect(ruleSetDiff).toMatchObject({ metadata: [], rulesAdded: [], rulesRemoved: [], rulesChanged: [] });
    }
    if (aspects) expect(changedRule(ruleSetDiff, MARKET).aspects).toEqual(aspects);
    check?.(ruleSetDiff);
  });

  it('reports nothing for the same rule set, and the same diff for an array of one', () => {
    const diff = diffRuleSets(L5, structuredClone(L5));
    expect(diff).toEqual({
      ruleSetsAdded: [],
      ruleSetsRemoved: [],
      ruleSets: [{ id: 'khuyencong/L5', version: { before: L5.version, after: L5.version }, metadata: [], rulesAdded: [], rulesRemoved: [], rulesChanged: [] }],
      movedRules: [],
    });
    expect(diffRuleSets([L5], [structuredClone(L5)])).toEqual(diff);
  });

  it('survives a JSON round trip (the diff objects are plain JSON)', () => {
    const diff = diffRuleSets(L5, variant((ruleSet) => (rule(ruleSet, MARKET).severity = 'minor')));
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    expect(JSON.stringify(diff)).toContain('"aspect":"severity","before":"major","after":"minor"');
  });
});

describe('diffRuleSets over several rule sets', () => {
  it('reports rule sets added and removed by id', () => {
    const diff = diffRuleSets([L4, L5], [L5]);
    expect(diff.ruleSetsRemoved).toEqual([{ id: 'khuyencong/L4', lesson: 'L4', version: '1.0.0', rules: L4.rules.map((r) => r.id) }]);
    expect(diff.ruleSetsAdded).toEqual([]);
    expect(diff.ruleSets.map((ruleSet) => ruleSet.id)).toEqual(['khuyencong/L5']);
    expect(classifyRuleSetChange(diff)).toBe('major');
    const back = diffRuleSets([L5], [L4, L5]);
    expect(back.ruleSetsAdded.map((ruleSet) => ruleSet.id)).toEqual(['khuyencong/L4']);
    expect(classifyRuleSetChange(back)).toBe('minor');
  });

  it('matches rule sets by id whatever their order', () => {
    const diff = diffRuleSets([L4, L5], [L5, L4]);
    expect(diff.ruleSets.map((ruleSet) => ruleSet.id)).toEqual(['khuyencong/L5', 'khuyencong/L4']);
    expect(classifyRuleSetChange(diff)).toBe('none');
  });

  it('reports a rule moved to another rule set as removed there, added here, and moved', () => {
    const lesson4 = structuredClone(L4);
    const lesson5 = variant((ruleSet) => (ruleSet.rules = ruleSet.rules.filter((candidate) => candidate.id !== 'L5-support-cap')));
    lesson4.rules.push(structuredClone(rule(L5, 'L5-support-cap')));
    const diff = diffRuleSets([L4, L5], [lesson4, lesson5]);
    expect(diff.movedRules).toEqual([{ id: 'L5-support-cap', from: 'khuyencong/L5', to: 'khuyencong/L4' }]);
    const [four, five] = diff.ruleSets;
    expect(four).toMatchObject({ id: 'khuyencong/L4', rulesAdded: ['L5-support-cap'], rulesRemoved: [] });
    expect(five).toMatchObject({ id: 'khuyencong/L5', rulesAdded: [], rulesRemoved: ['L5-support-cap'] });
    expect(classifyRuleSetChange(four!)).toBe('minor');
    expect(classifyRuleSetChange(five!)).toBe('major');
  });

  it('refuses two rule sets with one id, or two rules with one id', () => {
    expect(() => diffRuleSets([L5, L5], [L5])).toThrow(RuleSetError);
    const twice = variant((ruleSet) => ruleSet.rules.push(structuredClone(rule(ruleSet, MARKET))));
    expect(() => diffRuleSets(L5, twice)).toThrow(/L5-market-prices/);
  });
});
