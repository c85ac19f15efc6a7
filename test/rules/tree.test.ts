import { describe, expect, it } from 'vitest';
import { uncoveredStatuses, type RuleCase } from '../support/rule-cases.js';
import { repositoryTree, ruleTreeProblems, type RuleTree } from '../support/rule-tree.js';

describe('the rule tree', () => {
  it('gives every bundled rule its rule file, test file, doc page and changelog entry, and leaves no stray rule file or test', () => {
    const problems = ruleTreeProblems(repositoryTree());
    expect(problems, `the rule tree is incomplete:\n${problems.join('\n')}\n`).toEqual([]);
  });
});

/** A complete fake tree: L1-a (1.0.0, with applicability and requires) and L1-b (new in 1.1.0). */
function fakeTree(change: (files: Map<string, string>) => void = () => undefined): RuleTree {
  const files = new Map<string, string>([
    ['rules/L1/rule-set.json', '{ "rules": ["L1-a", "L1-b"] }'],
    ['rules/L1/L1-a.json', '{ "id": "L1-a" }'],
    ['rules/L1/L1-b.json', '{ "id": "L1-b" }'],
    ['rules/changelog/L1.md', '# Changelog\n\n## 1.1.0\n\nNew rule `L1-b`.\n\n## 1.0.0\n\nFirst release: 1 rule.\n'],
    ['test/rules/L1/L1-a.test.ts', "runRuleTable(RULE, cases);"],
    ['test/rules/L1/L1-b.test.ts', "runRuleTable('L1-b', cases);"],
    ['test/rules/L1/rule-set.test.ts', "it('is a rule set', () => {});"],
    ['test/rules/tree.test.ts', ''],
    ['docs/rules/L1-a.md', '# L1-a'],
    ['docs/rules/L1-b.md', '# L1-b'],
  ]);
  change(files);
  return {
    ruleSets: [
      {
        lesson: 'L1',
        rules: [
          { id: 'L1-a', since: '1.0.0', applicability: { all: [] }, requires: ['period.start'] },
          { id: 'L1-b', since: '1.1.0' },
        ],
      },
    ],
    list: (dir) => {
      const prefix = `${dir}/`;
      const names = [...files.keys()].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length).split('/')[0]!);
      return [...new Set(names)];
    },
    read: (path) => files.get(path),
  };
}

describe('ruleTreeProblems', () => {
  it('finds nothing in a complete tree', () => {
    expect(ruleTreeProblems(fakeTree())).toEqual([]);
  });

  it('names a missing rule file, test file and doc page, and where each belongs', () => {
    const tree = fakeTree((files) => {
      files.delete('rules/L1/L1-a.json');
      files.delete('test/rules/L1/L1-a.test.ts');
      files.delete('docs/rules/L1-b.md');
    });
    expect(ruleTreeProblems(tree)).toEqual([
      'L1-a: its rule file rules/L1/L1-a.json is missing',
      "L1-a: its test file test/rules/L1/L1-a.test.ts is missing: a table of cases for pass, fail, not-applicable, incomplete, run by runRuleTable('L1-a', cases)",
      'L1-b: its doc page docs/rules/L1-b.md is missing: run `npm run docs`',
    ]);
  });

  it('names a test file that does not run the shared runner (a commented-out call does not count)', () => {
    const tree = fakeTree((files) => files.set('test/rules/L1/L1-b.test.ts', "// runRuleTable('L1-b', cases);\nit('passes', () => {});"));
    expect(ruleTreeProblems(tree)).toEqual(["L1-b: test/rules/L1/L1-b.test.ts does not run runRuleTable('L1-b', cases), which checks the cases cover pass, fail"]);
  });

  it('names a rule that its release’s changelog entry does not mention, and a missing entry or changelog', () => {
    const unnamed = fakeTree((files) => files.set('rules/changelog/L1.md', '## 1.1.0\n\nA new rule.\n\n## 1.0.0\n\nFirst release.\n'));
    expect(ruleTreeProblems(unnamed)).toEqual([
      'L1-b: the "## 1.1.0" entry of rules/changelog/L1.md does not name it; write `L1-b` in the entry of the release that introduced it',
    ]);
    const noEntry = fakeTree((files) => files.set('rules/changelog/L1.md', '## 1.0.0\n\nFirst release, `L1-b` too.\n'));
    expect(ruleTreeProblems(noEntry)).toEqual(['L1-b: rules/changelog/L1.md has no "## 1.1.0" entry for the release that introduced it (its "since")']);
    const noChangelog = fakeTree((files) => files.delete('rules/changelog/L1.md'));
    expect(ruleTreeProblems(noChangelog)).toEqual(['L1: its changelog rules/changelog/L1.md is missing']);
  });

  it('names stray rule files, rule tests and lesson folders', () => {
    const tree = fakeTree((files) => {
      files.set('rules/L1/L1-old.json', '{ "id": "L1-old" }');
      files.set('test/rules/L1/L1-old.test.ts', "runRuleTable('L1-old', cases);");
      files.set('test/rules/L6/L6-a.test.ts', '');
      files.set('rules/L1/notes.md', 'not a rule');
    });
    expect(ruleTreeProblems(tree)).toEqual([
      'rules/L1/L1-old.json: rule set L1 has no rule L1-old; list it in rules/L1/rule-set.json or delete the file',
      'test/rules/L1/L1-old.test.ts: rule set L1 has no rule L1-old; a test file there is named by the rule it tests (tests of the whole rule set go in test/rules/L1/rule-set.test.ts)',
      'test/rules/L6/: no rule set has the lesson L6',
    ]);
  });
});

type CaseStatus = Pick<RuleCase, 'status' | 'missing'>;

describe('uncoveredStatuses', () => {
  const pass: CaseStatus = { status: 'pass' };
  const fail: CaseStatus = { status: 'fail' };
  const incomplete: CaseStatus = { status: 'incomplete', missing: ['period.start'] };
  const notApplicable: CaseStatus = { status: 'not-applicable' };

  it('asks every rule for a pass and a fail; an incomplete finding is not a fail', () => {
    expect(uncoveredStatuses({}, [pass, fail])).toEqual([]);
    expect(uncoveredStatuses({}, [pass, incomplete])).toEqual(['fail']);
    expect(uncoveredStatuses({}, [])).toEqual(['pass', 'fail']);
  });

  it('asks for not-applicable when the rule has applicability or an effective window', () => {
    expect(uncoveredStatuses({ applicability: { all: [] } }, [pass, fail])).toEqual(['not-applicable']);
    expect(uncoveredStatuses({ effectiveFrom: '2025-07-01' }, [pass, fail])).toEqual(['not-applicable']);
    expect(uncoveredStatuses({ effectiveTo: '2025-06-30' }, [pass, fail, notApplicable])).toEqual([]);
  });

  it('asks for an incomplete case when the rule requires fields', () => {
    expect(uncoveredStatuses({ requires: ['period.start'] }, [pass, fail])).toEqual(['incomplete']);
    expect(uncoveredStatuses({ requires: ['period.start'] }, [pass, fail, incomplete])).toEqual([]);
  });

  it('asks for an incomplete case when the rule says what to supply (a missing message)', () => {
    const says = { messages: { missing: { vi: 'Thiếu {{missing}}', en: 'Lacks {{missing}}' } } };
    expect(uncoveredStatuses(says, [pass, fail])).toEqual(['incomplete']);
    expect(uncoveredStatuses(says, [pass, fail, incomplete])).toEqual([]);
  });
});
