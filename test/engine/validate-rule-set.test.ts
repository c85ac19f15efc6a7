import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SETS } from '../../src/bundled-rules.js';
import { checkParameterValue, validateRuleSet } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { RuleSetError } from '../../src/schema/errors.js';
import { wordIssue } from '../../src/schema/issues.js';
import { LESSON_IDS, type RuleSet } from '../../src/schema/rule-set.js';

const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
const RULE_FILES = readdirSync(RULES_DIR)
  .filter((file) => /^L\d+\.json$/.test(file))
  .sort();

function readRuleSet(file: string): any {
  return JSON.parse(readFileSync(`${RULES_DIR}${file}`, 'utf8'));
}

const L5 = readRuleSet('L5.json');
const SOURCE = 'rules/L5.json';
const L5_NAME = `khuyencong/L5 (${SOURCE})`;

/** A deep copy of rules/L5.json with one thing broken. */
function brokenL5(change: (ruleSet: any) => void): unknown {
  const copy = structuredClone(L5);
  change(copy);
  return copy;
}

function loadError(input: unknown): RuleSetError {
  try {
    validateRuleSet(input, SOURCE, FACT_CATALOGUE);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return error as RuleSetError;
  }
  throw new Error('expected validateRuleSet to throw');
}

describe('the bundled rule sets', () => {
  it('are the five lesson files', () => {
    expect(RULE_FILES).toEqual(LESSON_IDS.map((lesson) => `${lesson}.json`));
  });

  it.each(RULE_FILES)('%s passes validateRuleSet and comes back unchanged', (file) => {
    const json = readRuleSet(file);
    const ruleSet = validateRuleSet(json, `rules/${file}`, FACT_CATALOGUE);
    expect(ruleSet).toEqual(json);
    expect(ruleSet.lesson).toBe(file.replace('.json', ''));
    expect(ruleSet.id).toBe(`khuyencong/${ruleSet.lesson}`);
    expect(ruleSet.rules.length).toBeGreaterThan(0);
  });

  it.each(RULE_FILES)('every rule of %s is named after its lesson and fires an event of its own id', (file) => {
    const ruleSet = readRuleSet(file) as RuleSet;
    for (const rule of ruleSet.rules) {
      expect(rule.id.startsWith(`${ruleSet.lesson}-`), rule.id).toBe(true);
      expect(rule.event.type, rule.id).toBe(rule.id);
    }
  });

  it('have rule ids that are unique across all sets', () => {
    const ids = RULE_FILES.flatMap((file) => (readRuleSet(file) as RuleSet).rules.map((rule) => rule.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are the rule sets the library bundles', () => {
    expect(BUNDLED_RULE_SETS).toEqual(RULE_FILES.map(readRuleSet));
  });

  it.each(RULE_FILES)('every rule of %s loads into a plain json-rules-engine Engine', (file) => {
    const ruleSet = readRuleSet(file) as RuleSet;
    for (const rule of ruleSet.rules) {
      const engine = new Engine();
      expect(() => engine.addRule(rule as unknown as RuleProperties), rule.id).not.toThrow();
      if (rule.applicability) {
        expect(
          () => new Engine().addRule({ conditions: rule.applicability!, event: rule.event } as unknown as RuleProperties),
          `${rule.id} applicability`,
        ).not.toThrow();
      }
    }
  });
});

describe('validateRuleSet: rejected rule sets', () => {
  const cases: {
    name: string;
    change: (ruleSet: any) => void;
    ruleId: string;
    problems?: string[];
    culprit?: string[];
  }[] = [
    {
      name: 'an unknown fact',
      change: (rs) => rs.rules[1].conditions.all.push({ fact: 'noSuchFact', operator: 'equal', value: 1 }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['conditions.all[1]: dữ kiện "noSuchFact" không có trong danh mục / unknown fact "noSuchFact"'],
    },
    {
      name: 'an unknown fact in the compared value',
      change: (rs) => rs.rules[1].conditions.all.push({ fact: 'asOf', operator: 'dateOnOrAfter', value: { fact: 'noSuchFact' } }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['conditions.all[1].value: dữ kiện "noSuchFact" không có / unknown fact "noSuchFact"'],
    },
    {
      name: 'an unknown operator',
      change: (rs) => (rs.rules[0].applicability.all[0].operator = 'within'),
      ruleId: 'L5-regular-inspection',
      problems: ['applicability.all[0]: toán tử "within" không tồn tại / unknown operator "within"'],
    },
    {
      name: 'an unknown operator decorator',
      change: (rs) => (rs.rules[2].conditions.all[0].operator = 'bogus:isEmpty'),
      ruleId: 'L5-market-prices',
      problems: ['conditions.all[0]: toán tử "bogus:isEmpty" không tồn tại / unknown operator "bogus:isEmpty"'],
    },
    {
      name: 'a value naming an undeclared parameter',
      change: (rs) => (rs.rules[1].conditions.all[0].value = { parameter: 'x' }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['conditions.all[0]: tham số "x" chưa được khai báo / unknown parameter "x"'],
    },
    {
      name: 'fact params naming an undeclared parameter',
      change: (rs) => (rs.rules[2].conditions.all[0].params.minimum = { parameter: 'minQuotes' }),
      ruleId: 'L5-market-prices',
      culprit: ['conditions.all[0]: tham số "minQuotes" chưa được khai báo / unknown parameter "minQuotes"'],
    },
    {
      name: 'a dossier path that is not a dossier field',
      change: (rs) => rs.rules[1].conditions.all.push({ fact: 'dossier', path: 'budget.lnes', operator: 'isPresent', value: true }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['conditions.all[1]: "budget.lnes" không phải trường của hồ sơ / "budget.lnes" is not a dossier field'],
    },
    {
      name: 'a compared dossier path that is not a dossier field',
      change: (rs) =>
        rs.rules[1].conditions.all.push({ fact: 'asOf', operator: 'dateOnOrAfter', value: { fact: 'dossier', path: 'aprovedOn' } }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['conditions.all[1].value: "aprovedOn" không phải trường của hồ sơ / "aprovedOn" is not a dossier field'],
    },
    {
      name: 'a required path that is not a dossier field',
      change: (rs) => (rs.rules[0].requires = ['period.start', 'period.begin']),
      ruleId: 'L5-regular-inspection',
      problems: ['requires: "period.begin" không phải trường của hồ sơ / "period.begin" is not a dossier field'],
    },
    {
      name: 'invalid fact params (engagementsBy with parties ["nobody"])',
      change: (rs) =>
        rs.rules[1].conditions.all.push({ fact: 'engagementsBy', params: { parties: ['nobody'] }, operator: 'isEmpty', value: false }),
      ruleId: 'L5-budget-arithmetic',
      // The detail of the fact's params is worded in each language, after each language's sentence.
      culprit: ['conditions.all[1].params: tham số của dữ kiện "engagementsBy" không hợp lệ: parties[0] phải là một trong các giá trị "ministry"'],
    },
    {
      name: 'params for a fact that takes none',
      change: (rs) => (rs.rules[1].conditions.all[0].params = { days: 3 }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['conditions.all[0].params: dữ kiện "budgetLinesNotAddingUp" không nhận tham số / fact "budgetLinesNotAddingUp" takes no params'],
    },
    {
      name: 'a placeholder naming an unknown root ({{nonsense}} in messages.fail.vi)',
      change: (rs) => (rs.rules[1].messages.fail.vi = 'Dự toán chưa khớp: {{nonsense}}.'),
      ruleId: 'L5-budget-arithmetic',
      problems: ['messages.fail.vi: "{{nonsense}}" không phải dữ kiện, tham số hay tên "as" của quy tắc / "{{nonsense}}" is not a fact, parameter or "as" name of this rule'],
    },
    {
      name: 'a placeholder naming a fact that needs params no condition gives',
      change: (rs) => (rs.rules[1].remediation.en = 'Ask {{engagementsBy}}.'),
      ruleId: 'L5-budget-arithmetic',
      problems: ['remediation.en: "{{engagementsBy}}" không phải dữ kiện, tham số hay tên "as" của quy tắc / "{{engagementsBy}}" is not a fact, parameter or "as" name of this rule'],
    },
    {
      name: 'an unclosed template section',
      change: (rs) => (rs.rules[1].messages.fail.en = 'The budget does not add up: {{#badLines}}{{label}}.'),
      ruleId: 'L5-budget-arithmetic',
      problems: ['messages.fail.en: khối "{{#badLines}}" không được đóng / section "{{#badLines}}" is never closed'],
    },
    {
      name: 'an unknown formatter',
      change: (rs) => (rs.rules[2].messages.pass.vi = 'Có {{equipmentLines.length|money}} dòng.'),
      ruleId: 'L5-market-prices',
      culprit: ['messages.pass.vi: không có định dạng "money" trong "{{equipmentLines.length|money}}"'],
    },
    {
      name: 'applicability without messages.notApplicable',
      change: (rs) => delete rs.rules[2].messages.notApplicable,
      ruleId: 'L5-market-prices',
      problems: ['messages.notApplicable: bắt buộc khi có applicability / required when the rule has applicability'],
    },
    {
      name: 'a parameter default of the wrong type',
      change: (rs) => (rs.rules[2].parameters.minPriceQuotes.default = 'three'),
      ruleId: 'L5-market-prices',
      culprit: ['parameters.minPriceQuotes.default: phải có kiểu integer, nhận được "three" / must be of type integer, got "three"'],
    },
    {
      name: 'a fractional default for an integer parameter',
      change: (rs) => (rs.rules[0].parameters.maxGapDays.default = 1.5),
      ruleId: 'L5-regular-inspection',
      culprit: ['parameters.maxGapDays.default: phải có kiểu integer, nhận được 1.5 / must be of type integer, got 1.5'],
    },
    {
      name: 'a parameter default below its minimum',
      change: (rs) => (rs.rules[0].parameters.maxGapDays.default = 0),
      ruleId: 'L5-regular-inspection',
      culprit: ['parameters.maxGapDays.default: phải ≥ 1, nhận được 0 / must be at least 1, got 0'],
    },
    {
      name: 'duplicate rule ids',
      change: (rs) => (rs.rules[2].id = 'L5-regular-inspection'),
      ruleId: 'L5-regular-inspection',
      culprit: ['id: trùng với một quy tắc khác trong bộ / duplicates another rule id in this set'],
    },
    {
      name: 'effectiveTo before effectiveFrom',
      change: (rs) => Object.assign(rs.rules[1], { effectiveFrom: '2025-07-01', effectiveTo: '2025-06-30' }),
      ruleId: 'L5-budget-arithmetic',
      problems: ['effectiveTo: trước effectiveFrom / is before effectiveFrom'],
    },
  ];

  it.each(cases)('rejects $name, naming the rule set and the rule', ({ change, ruleId, problems, culprit }) => {
    const error = loadError(brokenL5(change));
    expect(error.name).toBe('RuleSetError');
    expect(error.ruleSet).toBe(L5_NAME);
    expect(error.ruleId).toBe(ruleId);
    expect(error.message).toContain(SOURCE);
    expect(error.message).toContain(`${L5_NAME}, rule ${ruleId}:`);
    if (problems) expect(error.problems).toEqual(problems);
    for (const expected of culprit ?? []) {
      expect(error.problems.some((problem) => problem.startsWith(expected)), `${expected}\nin ${error.problems.join('\n')}`).toBe(true);
    }
    for (const problem of error.problems) expect(error.message).toContain(`  - ${problem}`);
  });

  it('reports every problem of the rule at fault, not just the first', () => {
    const error = loadError(
      brokenL5((rs) => {
        rs.rules[1].conditions.all.push({ fact: 'noSuchFact', operator: 'nope', value: { parameter: 'ghost' } });
        rs.rules[1].messages.pass.en = '{{nonsense}}';
      }),
    );
    expect(error.problems).toEqual([
      'conditions.all[1]: tham số "ghost" chưa được khai báo / unknown parameter "ghost"',
      'conditions.all[1]: toán tử "nope" không tồn tại / unknown operator "nope"',
      'conditions.all[1]: dữ kiện "noSuchFact" không có trong danh mục / unknown fact "noSuchFact"',
      'messages.pass.en: "{{nonsense}}" không phải dữ kiện, tham số hay tên "as" của quy tắc / "{{nonsense}}" is not a fact, parameter or "as" name of this rule',
    ]);
  });

  it('names the first rule at fault when several are broken', () => {
    const error = loadError(
      brokenL5((rs) => {
        rs.rules[2].conditions.all[0].operator = 'nope';
        rs.rules[1].conditions.all[0].operator = 'nope';
      }),
    );
    expect(error.ruleId).toBe('L5-budget-arithmetic');
  });

  it('accepts placeholders inside a section that name fields of the list item', () => {
    const ruleSet = brokenL5((rs) => (rs.rules[1].messages.fail.en = '{{#badLines}}{{anythingAtAll}}{{/badLines}}'));
    expect(() => validateRuleSet(ruleSet, SOURCE, FACT_CATALOGUE)).not.toThrow();
  });

  it('accepts placeholders naming a catalogue fact that takes no params, without a condition on it', () => {
    const ruleSet = brokenL5((rs) => (rs.rules[0].messages.pass.en = '{{beneficiaryCount}} beneficiaries, {{referenceDate|date}}'));
    expect(() => validateRuleSet(ruleSet, SOURCE, FACT_CATALOGUE)).not.toThrow();
  });

  // RuleSetError's contract: "a rule names an unknown … parameter, dossier path or placeholder".
  it.each([
    ['an undeclared parameter', '{{param.maxGapDay}}', 'maxGapDay'],
    ['a dossier path that is not a dossier field', '{{dossier.period.strat|date}}', 'period.strat'],
  ])('rejects a placeholder naming %s (%s)', (_name, placeholder, culprit) => {
    const ruleSet = brokenL5((rs) => (rs.rules[0].messages.pass.en = `No stretch longer than ${placeholder} days.`));
    const error = loadError(ruleSet);
    expect(error.ruleId).toBe('L5-regular-inspection');
    expect(error.problems.some((problem) => problem.includes(culprit))).toBe(true);
  });

  describe('a shape error', () => {
    const withoutSeverity = () => brokenL5((rs) => delete rs.rules[1].severity);

    it('names the source and the path of the missing field', () => {
      const error = loadError(withoutSeverity());
      expect(error.ruleSet).toBe(SOURCE);
      expect(error.message).toContain(SOURCE);
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^rules\[1\]\.severity: /);
      expect(error.problems[0]).toContain('bắt buộc phải có / must be given');
    });

    it('names the rule at fault', () => {
      const error = loadError(withoutSeverity());
      expect(error.message).toContain('L5-budget-arithmetic');
    });

    it.each([
      ['a misspelt rule field', (rs: any) => (rs.rules[0].severty = 'major'), 'rules[0].severty: ', 'L5-regular-inspection'],
      ['a wrong format tag', (rs: any) => (rs.format = 'khuyencong.rule-set/2'), 'format: ', undefined],
      ['a rule without references', (rs: any) => (rs.rules[2].references = []), 'rules[2].references: ', 'L5-market-prices'],
      ['a message without its English text', (rs: any) => delete rs.rules[0].messages.fail.en, 'rules[0].messages.fail.en: ', 'L5-regular-inspection'],
      ['a rule id with spaces', (rs: any) => (rs.rules[0].id = 'L5 regular inspection'), 'rules[0].id: ', 'L5 regular inspection'],
      ['a leaf condition without a fact', (rs: any) => delete rs.rules[1].conditions.all[0].fact, 'rules[1].conditions', 'L5-budget-arithmetic'],
    ])('names the path of %s', (_name, change, prefix, ruleId) => {
      const error = loadError(brokenL5(change));
      expect(error.ruleSet).toBe(SOURCE);
      expect(error.ruleId).toBe(ruleId);
      expect(error.problems.some((problem) => problem.startsWith(prefix)), error.problems.join('\n')).toBe(true);
    });

    it('rejects input that is not a rule set at all', () => {
      const error = loadError(null);
      expect(error.ruleSet).toBe(SOURCE);
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/phải là một đối tượng JSON, nhận được null \/ must be a JSON object, got null$/);
      expect(loadError([]).message).toContain(SOURCE);
    });

    it('does not call the root of a rule set "the dossier"', () => {
      expect(loadError(null).problems[0]).not.toContain('(dossier)');
    });
  });
});

describe('checkParameterValue', () => {
  const description = { vi: 'mô tả', en: 'description' };

  it.each([
    [{ type: 'integer', default: 1, description }, 90, undefined],
    [{ type: 'integer', default: 1, description }, 1.5, 'must be of type integer, got 1.5'],
    [{ type: 'integer', default: 1, minimum: 1, description }, 0, 'must be at least 1, got 0'],
    [{ type: 'number', default: 1, maximum: 1, description }, 1.01, 'must be at most 1, got 1.01'],
    [{ type: 'number', default: 1, description }, '1', 'must be of type number, got "1"'],
    [{ type: 'boolean', default: true, description }, 'true', 'must be of type boolean, got "true"'],
    [{ type: 'string', default: 'a', description }, 'b', undefined],
    [{ type: 'date', default: '2024-01-01', description }, '2025-10-15', undefined],
    [{ type: 'date', default: '2024-01-01', description }, '15/10/2025', 'must be of type date, got "15/10/2025"'],
  ] as const)('checks %j against %j', (parameter, value, englishProblem) => {
    const problem = checkParameterValue(parameter as never, value, 'value');
    if (englishProblem === undefined) expect(problem).toBeUndefined();
    else expect(problem && wordIssue(problem, 'en')).toBe(englishProblem);
  });
});

describe('messageFacts', () => {
  it('are checked like conditions: an unknown fact or bad params fail loading with the location', () => {
    const unknownFact = loadError(brokenL5((rs) => (rs.rules[0].messageFacts = [{ as: 'x', fact: 'nonsense' }])));
    expect(unknownFact.problems.join('\n')).toContain('messageFacts.all[0]: dữ kiện "nonsense" không có trong danh mục / unknown fact "nonsense"');
    const badParams = loadError(
      brokenL5((rs) => (rs.rules[0].messageFacts = [{ as: 'x', fact: 'engagementsBy', params: { parties: ['nobody'] } }])),
    );
    expect(badParams.problems.join('\n')).toContain('messageFacts.all[0].params');
  });

  it('bind their `as` name for the templates', () => {
    const ruleSet = brokenL5((rs) => {
      rs.rules[0].messageFacts = [{ as: 'agencyWork', fact: 'engagementsBy', params: { parties: ['ministry-agency'] } }];
      rs.rules[0].messages.fail.en = 'Ministry agency documents: {{#agencyWork}}{{label}}{{/agencyWork}}.';
    });
    expect(() => validateRuleSet(ruleSet, SOURCE, FACT_CATALOGUE)).not.toThrow();
  });
});

// Issue 10: "a `path` on a non-object fact is silently ignored" — json-rules-engine applies a path
// to objects only, so `budgetLineCount` with `"path": "x"` compared the count itself.
describe('a path into a fact whose value cannot hold one (issue 10)', () => {
  const scalarPath = (fact: string, kind: string, path: string) =>
    `giá trị của dữ kiện "${fact}" thuộc loại ${kind}, không có "${path}": path chỉ dùng với dữ kiện có giá trị là đối tượng hoặc danh sách / ` +
    `fact "${fact}" has a value of kind ${kind}, which has no "${path}": a path needs a fact whose value is an object or a list`;

  it('rejects the issue\'s case: { "fact": "budgetLineCount", "path": "x" } in a condition', () => {
    const error = loadError(
      brokenL5((rs) => rs.rules[1].conditions.all.push({ fact: 'budgetLineCount', path: 'x', operator: 'greaterThan', value: 0 })),
    );
    expect(error.ruleId).toBe('L5-budget-arithmetic');
    expect(error.problems).toEqual([`conditions.all[1]: ${scalarPath('budgetLineCount', 'number', 'x')}`]);
  });

  it.each([
    ['a string', 'stage', 'string', 'length'],
    ['a date', 'asOf', 'date', 'year'],
    ['a boolean', 'withinLegalCoverage', 'boolean', 'covered'],
  ])('rejects a path into %s (%s)', (_name, fact, kind, path) => {
    const error = loadError(brokenL5((rs) => rs.rules[1].conditions.all.push({ fact, path, operator: 'equal', value: 1 })));
    expect(error.problems).toEqual([`conditions.all[1]: ${scalarPath(fact, kind, path)}`]);
  });

  it('rejects a path into a scalar fact compared as the value', () => {
    const error = loadError(
      brokenL5((rs) =>
        rs.rules[1].conditions.all.push({ fact: 'dossier', path: 'period.start', operator: 'dateOnOrAfter', value: { fact: 'referenceDate', path: 'day' } }),
      ),
    );
    expect(error.problems).toEqual([`conditions.all[1].value: ${scalarPath('referenceDate', 'date', 'day')}`]);
  });

  it('rejects a path in messageFacts', () => {
    const error = loadError(brokenL5((rs) => (rs.rules[0].messageFacts = [{ as: 'x', fact: 'inspectionCount', path: 'total' }])));
    expect(error.problems).toEqual([`messageFacts.all[0]: ${scalarPath('inspectionCount', 'number', 'total')}`]);
  });

  it('rejects a placeholder reading into a scalar fact, by its name or by an `as` name bound to it', () => {
    const byName = loadError(brokenL5((rs) => (rs.rules[0].messages.pass.en = 'Stage {{stage.code}}.')));
    expect(byName.problems).toEqual([`messages.pass.en: ${scalarPath('stage', 'string', 'code')}`]);
    const byAs = loadError(
      brokenL5((rs) => {
        rs.rules[1].conditions.all.push({ fact: 'budgetLineCount', as: 'lineCount', operator: 'greaterThan', value: 0 });
        rs.rules[1].messages.pass.vi = '{{lineCount.total}} dòng.';
      }),
    );
    expect(byAs.problems).toEqual([`messages.pass.vi: ${scalarPath('budgetLineCount', 'number', 'total')}`]);
  });

  it('accepts paths into objects and lists, a list\'s length, and placeholders past a path already taken', () => {
    const ruleSet = brokenL5((rs) => {
      rs.rules[1].conditions.all.push(
        { fact: 'budgetFundingTotals', path: 'khuyenCong', operator: 'greaterThanInclusive', value: 0 },
        { fact: 'equipmentLines', path: 'length', operator: 'greaterThanInclusive', value: { fact: 'budgetFundingTotals', path: 'other' } },
        { fact: 'provinceOnReferenceDate', path: 'name', as: 'provinceName', operator: 'isPresent', value: true },
      );
      rs.rules[1].messages.pass.en = '{{budgetFundingTotals.khuyenCong|vnd}}, {{equipmentLines.length}} lines, {{provinceName.anything}}.';
    });
    expect(() => validateRuleSet(ruleSet, SOURCE, FACT_CATALOGUE)).not.toThrow();
  });
});
