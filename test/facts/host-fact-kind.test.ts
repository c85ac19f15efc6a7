import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { createEvaluator, RuleSetError } from '../../src/index.js';
import { schemaValueKind } from '../../src/facts/host-fact-kind.js';

describe('schemaValueKind: the kind of a host fact, from its schema', () => {
  it.each([
    ['z.number()', () => z.number(), 'number'],
    ['z.int()', () => z.int(), 'number'],
    ['z.string()', () => z.string(), 'string'],
    ['z.iso.date()', () => z.iso.date(), 'string'],
    ['z.boolean()', () => z.boolean(), 'boolean'],
    ['z.number().optional().nullable()', () => z.number().optional().nullable(), 'number'],
    ['z.string().default("x")', () => z.string().default('x'), 'string'],
    ['z.literal(3)', () => z.literal(3), 'number'],
    ['z.literal(["a", "b"])', () => z.literal(['a', 'b']), 'string'],
    ['z.enum(["a", "b"])', () => z.enum(['a', 'b']), 'string'],
    ['z.union([z.number(), z.string()])', () => z.union([z.number(), z.string()]), 'scalar'],
    ['z.union([z.number(), z.null()])', () => z.union([z.number(), z.null()]), 'number'],
    ['z.bigint()', () => z.bigint(), 'scalar'],
    ['z.null()', () => z.null(), 'scalar'],
    ['z.object({})', () => z.object({ a: z.number() }), 'object'],
    ['z.record()', () => z.record(z.string(), z.number()), 'object'],
    ['z.array()', () => z.array(z.number()), 'list'],
    ['z.tuple()', () => z.tuple([z.number()]), 'list'],
    ['z.union([z.number(), z.object({})])', () => z.union([z.number(), z.object({})]), 'any'],
    ['z.unknown()', () => z.unknown(), 'any'],
    ['z.any()', () => z.any(), 'any'],
    ['z.lazy()', () => z.lazy(() => z.number()), 'any'],
    ['z.string().transform(Number)', () => z.string().transform(Number), 'any'],
    ['z.string().pipe(z.number())', () => z.string().pipe(z.coerce.number()), 'number'],
    ['z.date()', () => z.date(), 'any'],
  ] as const)('%s (zod classic) is %s', (_name, schema, kind) => {
    expect(schemaValueKind(schema())).toBe(kind);
  });

  it.each([
    ['zm.number()', () => zm.number(), 'number'],
    ['zm.optional(zm.boolean())', () => zm.optional(zm.boolean()), 'boolean'],
    ['zm.object({})', () => zm.object({ a: zm.string() }), 'object'],
    ['zm.array()', () => zm.array(zm.string()), 'list'],
    ['zm.unknown()', () => zm.unknown(), 'any'],
  ] as const)('%s (zod mini) is %s', (_name, schema, kind) => {
    expect(schemaValueKind(schema())).toBe(kind);
  });

  it('reads anything it does not know as "any" (a path is then allowed)', () => {
    expect(schemaValueKind({} as never)).toBe('any');
  });
});

const text = (vi: string, en: string) => ({ vi, en });
function hostRuleSet(condition: Record<string, unknown>) {
  return {
    format: 'khuyencong.rule-set/1',
    id: 'tinh-thu/L4-extra',
    lesson: 'L4',
    version: '1.0.0',
    title: text('Thử', 'Test'),
    description: text('Bộ quy tắc thử', 'A test rule set'),
    weight: 1,
    rules: [
      {
        id: 'HT-score',
        severity: 'minor',
        since: '1.0.0',
        title: text('Thử', 'Test'),
        description: text('Thử', 'Test'),
        conditions: { all: [condition] },
        event: { type: 'HT-score' },
        messages: { pass: text('Đạt', 'Pass'), fail: text('Không đạt', 'Fail') },
        remediation: text('Bổ sung', 'Supply'),
        references: [{ kind: 'guidance', citation: 'Quy định của tỉnh', verified: false }],
      },
    ],
  };
}
const scoreFact = (schema: z.ZodType) => ({ name: 'registryScore', description: text('Điểm', 'Score'), schema, compute: () => 5 });

// Issue 10: "a `path` on a non-object fact is silently ignored", for host facts.
describe('a host rule set with a path into a host fact', () => {
  it('is rejected when the schema says the value is a number, naming the fact, its kind and the path', () => {
    const make = () =>
      createEvaluator({ facts: [scoreFact(z.number())], ruleSets: [hostRuleSet({ fact: 'registryScore', path: 'value', operator: 'equal', value: 5 })] });
    expect(make).toThrow(RuleSetError);
    try {
      make();
    } catch (error) {
      expect((error as RuleSetError).ruleId).toBe('HT-score');
      expect((error as RuleSetError).problems).toEqual([
        'conditions.all[0]: giá trị của dữ kiện "registryScore" thuộc loại number, không có "value": path chỉ dùng với dữ kiện có giá trị là đối tượng hoặc danh sách / ' +
          'fact "registryScore" has a value of kind number, which has no "value": a path needs a fact whose value is an object or a list',
      ]);
    }
  });

  it('is rejected for a path in a compared host fact too', () => {
    const ruleSet = hostRuleSet({ fact: 'budgetLineCount', operator: 'equal', value: { fact: 'registryScore', path: 'value' } });
    expect(() => createEvaluator({ facts: [scoreFact(z.number().optional())], ruleSets: [ruleSet] })).toThrow(/registryScore.*number.*"value"/);
  });

  it('is accepted when the schema allows an object', () => {
    const ruleSet = hostRuleSet({ fact: 'registryScore', path: 'value', operator: 'equal', value: 5 });
    expect(() => createEvaluator({ facts: [scoreFact(z.object({ value: z.number() }))], ruleSets: [ruleSet] })).not.toThrow();
  });
});
