import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, serialise } from '../../scripts/json-schemas.js';
import { LESSON_IDS, RULE_SET_FILES, ruleSetHeaderFile } from '../../scripts/rule-layout.js';
import { readRuleSetSources } from '../../scripts/rule-sources.js';
import { evaluate } from '../../src/index.js';
import { exampleDossier } from '../support/dossiers.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root(path), 'utf8'));
const generated = buildJsonSchemas();

function validatorFor(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(generated[file]!);
}

describe('published JSON Schemas', () => {
  it.each(Object.keys(generated))('schemas/%s is current (run `npm run schemas` after changing a zod schema)', (file) => {
    expect(readFileSync(root(`schemas/${file}`), 'utf8')).toBe(serialise(generated[file]!));
  });

  it('the dossier schema accepts the spec example and rejects a negative amount', () => {
    const validate = validatorFor('dossier.schema.json');
    expect(validate(exampleDossier())).toBe(true);
    const bad = exampleDossier() as { budget: { lines: { amount: number }[] } };
    bad.budget.lines[0]!.amount = -1;
    expect(validate(bad)).toBe(false);
  });

  it.each(RULE_SET_FILES)('the rule-set schema accepts %s', (file) => {
    const validate = validatorFor('rule-set.schema.json');
    expect(validate(readJson(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the rule-set schema rejects a rule with an unknown severity', () => {
    const validate = validatorFor('rule-set.schema.json');
    const ruleSet = readJson('rules/L1.json') as { rules: { severity: string }[] };
    ruleSet.rules[0]!.severity = 'catastrophic';
    expect(validate(ruleSet)).toBe(false);
  });

  it.each(LESSON_IDS)('every rule file of rules/%s/ names and passes the rule schema; its header the header schema', (lesson) => {
    const validateRule = validatorFor('rule.schema.json');
    const validateHeader = validatorFor('rule-set-header.schema.json');
    const { dir, header, rules } = readRuleSetSources(lesson);
    for (const [file, text] of rules) {
      const rule = JSON.parse(text) as { $schema?: string };
      expect(rule.$schema, `${dir}/${file}`).toBe('../../schemas/rule.schema.json');
      expect(validateRule(rule), `${dir}/${file}: ${JSON.stringify(validateRule.errors)}`).toBe(true);
    }
    const parsedHeader = JSON.parse(header) as { $schema?: string };
    expect(parsedHeader.$schema).toBe('../../schemas/rule-set-header.schema.json');
    expect(validateHeader(parsedHeader), `${ruleSetHeaderFile(lesson)}: ${JSON.stringify(validateHeader.errors)}`).toBe(true);
  });

  it('the rule schema rejects a rule file with an unknown field', () => {
    const validate = validatorFor('rule.schema.json');
    const [, text] = [...readRuleSetSources('L5').rules][0]!;
    expect(validate({ ...(JSON.parse(text) as object), weigth: 2 })).toBe(false);
  });

  it('the legal-data schema accepts rules/legal-data.json', () => {
    const validate = validatorFor('legal-data.schema.json');
    expect(validate(readJson('rules/legal-data.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the report schema accepts a real report', async () => {
    const validate = validatorFor('report.schema.json');
    const report = JSON.parse(JSON.stringify(await evaluate(exampleDossier(), { asOf: '2024-12-01' })));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
