import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../scripts/rule-layout.js';
import { assembleBundledRuleSets, assembleRuleSet, RuleSourceError, type RuleSetSources } from '../../scripts/rule-sources.js';

describe('the shipped rule sets are assembled from their rule files', () => {
  it.each(assembleBundledRuleSets().map((ruleSet) => [ruleSet.file, ruleSet] as const))('%s is up to date with its rule files', (file, { lesson, text }) => {
    const onDisk = readFileSync(repoPath(file), 'utf8');
    expect(onDisk === text, `${file} differs from what rules/${lesson}/ assembles to: run \`npm run rules\` and commit ${file}`).toBe(true);
  });
});

const HEADER = `{
  "id": "khuyencong/L9",
  "lesson": "L9",
  "title": { "vi": "Thử", "en": "Test" },
  "rules": ["L9-b", "L9-a"]
}
`;
const RULE_A = '{\n  "id": "L9-a",\n  "requires": ["x", "y"]\n}\n';
const RULE_B = '{ "id": "L9-b" }\n';

function sources(rules: Record<string, string>, header = HEADER): RuleSetSources {
  return { dir: 'rules/L9', header, rules: new Map(Object.entries(rules)) };
}

function problemsOf(input: RuleSetSources): readonly string[] {
  try {
    assembleRuleSet(input);
  } catch (error) {
    if (error instanceof RuleSourceError) return error.problems;
    throw error;
  }
  throw new Error('assembled without a problem');
}

describe('assembleRuleSet', () => {
  it('writes the header as JSON.stringify does, then each rule’s own text re-indented, in the header’s order', () => {
    expect(assembleRuleSet(sources({ 'L9-a.json': RULE_A, 'L9-b.json': RULE_B }))).toBe(
      [
        '{',
        '  "$schema": "../schemas/rule-set.schema.json",',
        '  "id": "khuyencong/L9",',
        '  "lesson": "L9",',
        '  "title": {',
        '    "vi": "Thử",',
        '    "en": "Test"',
        '  },',
        '  "rules": [',
        '    { "id": "L9-b" },',
        '    {',
        '      "id": "L9-a",',
        '      "requires": ["x", "y"]',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('names the rule-set schema as the assembled file’s own, and drops each source’s editor "$schema"', () => {
    const header = HEADER.replace('{\n', '{\n  "$schema": "../../schemas/rule-set-header.schema.json",\n');
    const ruleA = RULE_A.replace('{\n', '{\n  "$schema": "../../schemas/rule.schema.json",\n');
    const assembled = assembleRuleSet(sources({ 'L9-a.json': ruleA, 'L9-b.json': RULE_B }, header));
    expect(assembled).toBe(assembleRuleSet(sources({ 'L9-a.json': RULE_A, 'L9-b.json': RULE_B })));
    expect(assembled.match(/\$schema/g)).toHaveLength(1);
    expect(assembled).toContain('"$schema": "../schemas/rule-set.schema.json"');
  });

  it('names a rule file whose "$schema" is not its first field on its own line', () => {
    const misplaced = '{\n  "id": "L9-a",\n  "$schema": "../../schemas/rule.schema.json"\n}\n';
    expect(problemsOf(sources({ 'L9-a.json': misplaced, 'L9-b.json': RULE_B }))).toEqual([
      expect.stringMatching(/^rules\/L9\/L9-a\.json: "\$schema" must be the first field/),
    ]);
  });

  it('gives the same text whatever order the files were read in, and whatever their line endings', () => {
    const assembled = assembleRuleSet(sources({ 'L9-a.json': RULE_A, 'L9-b.json': RULE_B }));
    expect(assembleRuleSet(sources({ 'L9-b.json': RULE_B.replace(/\n/g, '\r\n'), 'L9-a.json': RULE_A }))).toBe(assembled);
  });

  it('ignores files that are not JSON', () => {
    expect(assembleRuleSet(sources({ 'L9-a.json': RULE_A, 'L9-b.json': RULE_B, 'notes.md': '# notes' }))).toContain('"L9-b"');
  });

  it('names a rule file that is not valid JSON', () => {
    expect(problemsOf(sources({ 'L9-a.json': '{ "id": "L9-a", }', 'L9-b.json': RULE_B }))).toEqual([
      expect.stringMatching(/^rules\/L9\/L9-a\.json is not valid JSON: /),
    ]);
  });

  it('names a rule file whose id is not its name, or that holds no object', () => {
    expect(problemsOf(sources({ 'L9-a.json': '{ "id": "L9-c" }', 'L9-b.json': '["L9-b"]' }))).toEqual([
      'rules/L9/L9-a.json holds the rule "L9-c": a rule file is named by its rule\'s id, so its id must be "L9-a" (or the file renamed)',
      'rules/L9/L9-b.json must hold one rule, a JSON object',
    ]);
  });

  it('names a rule file the order does not list, and a listed rule without a file', () => {
    expect(problemsOf(sources({ 'L9-a.json': RULE_A, 'L9-c.json': '{ "id": "L9-c" }' }))).toEqual([
      'rules/L9/rule-set.json lists L9-b, but rules/L9/L9-b.json does not exist',
      'rules/L9/L9-c.json is not listed in the "rules" of rules/L9/rule-set.json: add "L9-c" where it belongs in the order, or delete the file',
    ]);
  });

  it('names a header that is not JSON, lacks the order, or lists a rule twice', () => {
    const rules = { 'L9-a.json': RULE_A, 'L9-b.json': RULE_B };
    expect(problemsOf(sources(rules, '{'))).toEqual([expect.stringMatching(/^rules\/L9\/rule-set\.json is not valid JSON: /)]);
    expect(problemsOf(sources(rules, '{ "id": "khuyencong/L9" }'))).toEqual(['rules/L9/rule-set.json must be an object whose "rules" lists the rule ids in order']);
    expect(problemsOf(sources(rules, '{ "rules": ["L9-a", "L9-b", "L9-a"] }'))).toEqual(['rules/L9/rule-set.json lists L9-a more than once in "rules"']);
  });
});
