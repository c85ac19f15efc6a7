import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  createEvaluator,
  DossierValidationError,
  EvaluationError,
  HostFactError,
  OptionsError,
  ReportSchema,
  safeEvaluate,
  validateDossier,
  type SafeEvaluateResult,
} from '../../src/index.js';
import { exampleDossier } from '../support/dossiers.js';

/*
 * Regression tests of issue 10: each holds the minimal reproducer of a raw exception the fuzz
 * run found. safeEvaluate must resolve whatever it is given; its error is always a library class.
 */

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('get trap');
    },
    ownKeys() {
      throw new Error('ownKeys trap');
    },
    getPrototypeOf() {
      throw new Error('getPrototypeOf trap');
    },
  },
);

async function failure(result: Promise<SafeEvaluateResult>) {
  const outcome = await result;
  expect(outcome.success).toBe(false);
  if (outcome.success) throw new Error('unreachable');
  return outcome.error;
}

describe('safeEvaluate never throws', () => {
  it('a BigInt as a dossier field is an invalid_type issue, named with its value', async () => {
    const error = await failure(safeEvaluate({ title: 1n }));
    expect(error).toBeInstanceOf(DossierValidationError);
    expect((error as DossierValidationError).issues).toEqual([expect.objectContaining({ path: 'title', code: 'invalid_type' })]);
    expect(error.message).toContain('1n');
  });

  it('a BigInt in validateDossier, in a date field and as the locale', async () => {
    expect(validateDossier({ title: 1n }).success).toBe(false);
    expect(validateDossier({ submittedOn: 1n }).success).toBe(false);
    expect(await failure(safeEvaluate({}, { locale: 1n as never }))).toBeInstanceOf(OptionsError);
    expect(await failure(safeEvaluate({}, { asOf: 1n as never }))).toBeInstanceOf(OptionsError);
  });

  it('a Date near the largest one is an OptionsError, not a RangeError', async () => {
    const error = await failure(safeEvaluate({}, { asOf: new Date(8.64e15) }));
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).issues[0]).toMatchObject({ path: 'asOf', code: 'invalid_date' });
    expect(await failure(safeEvaluate({}, { referenceDate: new Date(-8.64e15) }))).toBeInstanceOf(OptionsError);
  });

  it('null as per-call options is an OptionsError', async () => {
    expect(await failure(safeEvaluate({}, null as never))).toBeInstanceOf(OptionsError);
    expect(await failure(safeEvaluate({}, 'en' as never))).toBeInstanceOf(OptionsError);
    expect(await failure(safeEvaluate({}, [] as never))).toBeInstanceOf(OptionsError);
  });

  it('null as evaluator options or as scoring is an OptionsError of createEvaluator', () => {
    expect(() => createEvaluator(null as never)).toThrow(OptionsError);
    expect(() => createEvaluator({ scoring: null as never })).toThrow(OptionsError);
  });

  it('a getter that throws in the dossier is an unreadable issue at its path', async () => {
    const dossier = {
      get title(): string {
        throw new Error('boom');
      },
    };
    const error = await failure(safeEvaluate(dossier));
    expect((error as DossierValidationError).issues).toEqual([expect.objectContaining({ path: 'title', code: 'unreadable' })]);
    expect(validateDossier({ budget: { lines: [throwing] } }).success).toBe(false);
  });

  it('a throwing or revoked Proxy as the dossier or the options', async () => {
    expect(await failure(safeEvaluate(throwing))).toBeInstanceOf(DossierValidationError);
    expect(await failure(safeEvaluate(revoked()))).toBeInstanceOf(DossierValidationError);
    expect(await failure(safeEvaluate({}, throwing as never))).toBeInstanceOf(OptionsError);
    expect(await failure(safeEvaluate({}, revoked() as never))).toBeInstanceOf(OptionsError);
    expect(await failure(safeEvaluate({}, { asOf: revoked() as never }))).toBeInstanceOf(OptionsError);
    expect(() => createEvaluator(revoked() as never)).toThrow(OptionsError);
    expect(() => createEvaluator({ scoring: throwing as never })).toThrow(OptionsError);
  });

  it('a getter on the options is read once', async () => {
    let reads = 0;
    const options = {
      get asOf() {
        reads += 1;
        return reads === 1 ? '2024-12-01' : 'not a date';
      },
    };
    const outcome = await safeEvaluate(exampleDossier(), options);
    expect(outcome.success).toBe(true);
    expect(reads).toBe(1);
  });

  it('a host-fact schema that throws or refines asynchronously', async () => {
    const fact = (schema: z.core.$ZodType) => ({
      name: 'registry',
      description: { vi: 'sổ', en: 'registry' },
      schema,
      compute: () => 1,
    });
    const throwingSchema = z.number().check(
      z.refine(() => {
        throw new Error('schema threw');
      }),
    );
    const outcome = await createEvaluator({ facts: [fact(throwingSchema)] }).safeEvaluate({}, { asOf: '2024-12-01' });
    expect(outcome.success ? undefined : outcome.error).toBeInstanceOf(HostFactError);
    const asyncSchema = z.number().check(z.refine(async (value) => value === 1));
    const report = await createEvaluator({ facts: [fact(asyncSchema)] }).safeEvaluate({}, { asOf: '2024-12-01' });
    expect(report.success).toBe(true);
    const rejecting = z.number().check(z.refine(async (value) => value === 2));
    const rejected = await createEvaluator({ facts: [fact(rejecting)] }).safeEvaluate({}, { asOf: '2024-12-01' });
    expect(rejected.success ? undefined : rejected.error).toBeInstanceOf(HostFactError);
  });

  it('a host fact that throws a BigInt or a revoked Proxy', async () => {
    for (const thrown of [1n, revoked()]) {
      const evaluator = createEvaluator({
        facts: [{ name: 'registry', description: { vi: 'sổ', en: 'registry' }, schema: z.number(), compute: () => { throw thrown; } }],
      });
      const outcome = await evaluator.safeEvaluate({}, { asOf: '2024-12-01' });
      expect(outcome.success ? undefined : outcome.error).toBeInstanceOf(HostFactError);
    }
  });

  it('200,000 invalid list items are one issue naming the limit, not a stack overflow', async () => {
    const dossier = { ...exampleDossier(), activities: Array.from({ length: 200_000 }, () => 1) };
    const error = await failure(safeEvaluate(dossier));
    expect((error as DossierValidationError).issues).toEqual([
      expect.objectContaining({ path: 'activities', code: 'too_many_items', limit: 'listItems' }),
    ]);
  });

  it('an unexpected internal error is an EvaluationError with its cause', () => {
    const cause = new TypeError('defect');
    const error = new EvaluationError(cause);
    expect(error.cause).toBe(cause);
    expect(error.kind).toBe('internal');
    expect(error.messageIn('en')).toContain('defect');
    expect(new EvaluationError(revoked()).message).toContain('object');
  });

  it('a valid dossier still gives a valid report', async () => {
    const outcome = await safeEvaluate(exampleDossier(), { asOf: new Date('2024-12-01T00:00:00Z') });
    expect(outcome.success && ReportSchema.safeParse(outcome.report).success).toBe(true);
  });
});

describe('host facts cannot change the dossier', () => {
  it('a host fact that mutates its dossier throws a HostFactError, and the rules see the dossier as given', async () => {
    const evaluator = createEvaluator({
      facts: [
        {
          name: 'tamper',
          description: { vi: 'sửa hồ sơ', en: 'tampers' },
          schema: z.boolean(),
          compute: ({ dossier }) => {
            (dossier as { title?: string }).title = 'changed';
            return true;
          },
        },
      ],
    });
    const outcome = await evaluator.safeEvaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(outcome.success ? undefined : outcome.error).toBeInstanceOf(HostFactError);
    const reader = createEvaluator({
      facts: [
        {
          name: 'frozen',
          description: { vi: 'đọc', en: 'reads' },
          schema: z.boolean(),
          compute: ({ dossier }) => Object.isFrozen(dossier) && Object.isFrozen(dossier.budget?.lines ?? []),
        },
      ],
    });
    expect((await reader.safeEvaluate(exampleDossier(), { asOf: '2024-12-01' })).success).toBe(true);
  });
});
