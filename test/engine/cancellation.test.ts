import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import {
  createEvaluator,
  DEFAULT_TIMEOUT_MS,
  EvaluationCancelledError,
  OptionsError,
  type HostFact,
  type HostFactInput,
} from '../../src/index.js';
import { exampleDossier } from '../support/dossiers.js';

const AS_OF = '2024-12-01';

/** A host fact whose lookup never answers, and what it was given. */
function stuckFact() {
  const inputs: HostFactInput[] = [];
  const fact: HostFact<boolean> = {
    name: 'stuckRegistry',
    description: { vi: 'Tra cứu không bao giờ trả lời', en: 'A lookup that never answers' },
    schema: z.boolean(),
    compute: (input) => {
      inputs.push(input);
      return new Promise<boolean>(() => {});
    },
  };
  return { fact, inputs };
}

const quickFact: HostFact<boolean> = {
  name: 'quickRegistry',
  description: { vi: 'Tra cứu trả lời ngay', en: 'A lookup that answers at once' },
  schema: z.boolean(),
  compute: async () => true,
};

async function rejection(promise: Promise<unknown>): Promise<EvaluationCancelledError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EvaluationCancelledError);
  return error as EvaluationCancelledError;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('timeoutMs', () => {
  it('ends a host fact that never settles with EvaluationCancelledError (reason timeout), in vi and en', async () => {
    vi.useFakeTimers();
    const { fact } = stuckFact();
    const pending = rejection(createEvaluator({ facts: [fact], timeoutMs: 50 }).evaluate(exampleDossier(), { asOf: AS_OF }));
    await vi.advanceTimersByTimeAsync(50);
    const error = await pending;
    expect(error).toMatchObject({ name: 'EvaluationCancelledError', kind: 'cancelled', reason: 'timeout', timeoutMs: 50, code: 'error.timeout' });
    expect(error.messageIn('en')).toBe('The evaluation was stopped: it took longer than its 50 ms limit (timeoutMs)');
    expect(error.messageIn('vi')).toBe('Đánh giá bị dừng vì quá thời hạn 50 ms (timeoutMs)');
    expect(error.message).toBe(`${error.messageIn('vi')} / ${error.messageIn('en')}`);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('defaults to DEFAULT_TIMEOUT_MS (10 s); a call may set its own', async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
    vi.useFakeTimers();
    const { fact } = stuckFact();
    const evaluator = createEvaluator({ facts: [fact] });
    const byDefault = rejection(evaluator.evaluate(exampleDossier(), { asOf: AS_OF }));
    const ownLimit = rejection(evaluator.evaluate(exampleDossier(), { asOf: AS_OF, timeoutMs: 20 }));
    await vi.advanceTimersByTimeAsync(20);
    expect((await ownLimit).timeoutMs).toBe(20);
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 20);
    expect((await byDefault).timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
  });

  it('safeEvaluate resolves with the error', async () => {
    vi.useFakeTimers();
    const { fact } = stuckFact();
    const pending = createEvaluator({ facts: [fact], timeoutMs: 5 }).safeEvaluate(exampleDossier(), { asOf: AS_OF });
    await vi.advanceTimersByTimeAsync(5);
    const result = await pending;
    expect(result.success).toBe(false);
    expect(!result.success && result.error).toBeInstanceOf(EvaluationCancelledError);
  });

  it('aborts the signal host facts are given, with the error as its reason', async () => {
    vi.useFakeTimers();
    const { fact, inputs } = stuckFact();
    const pending = rejection(createEvaluator({ facts: [fact], timeoutMs: 5 }).evaluate(exampleDossier(), { asOf: AS_OF }));
    await vi.advanceTimersByTimeAsync(0);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(5);
    const error = await pending;
    expect(inputs[0]!.signal.aborted).toBe(true);
    expect(inputs[0]!.signal.reason).toBe(error);
  });

  it('0 sets no timer: only the signal stops the evaluation', async () => {
    vi.useFakeTimers();
    const { fact } = stuckFact();
    const controller = new AbortController();
    const pending = rejection(createEvaluator({ facts: [fact], timeoutMs: 0 }).evaluate(exampleDossier(), { asOf: AS_OF, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    controller.abort();
    expect((await pending).reason).toBe('aborted');
  });

  it('leaves no timer and no listener behind once a report is made', async () => {
    vi.useFakeTimers();
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const report = await createEvaluator({ facts: [quickFact] }).evaluate(exampleDossier(), { asOf: AS_OF, signal: controller.signal });
    expect(report.score).toBe(99);
    expect(clear).toHaveBeenCalled();
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 31], ['10']])('rejects timeoutMs %s, for an evaluator and for a call', async (timeoutMs) => {
    expect(() => createEvaluator({ timeoutMs: timeoutMs as number })).toThrow(OptionsError);
    const error = await createEvaluator()
      .evaluate(exampleDossier(), { timeoutMs: timeoutMs as number })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).option).toBe('timeoutMs');
    expect((error as OptionsError).messageIn('en')).toMatch(/^timeoutMs: must be a whole number of milliseconds from 0 \(no limit\) to 2147483647/);
  });
});

describe('signal', () => {
  it('stops a pending evaluation: reason aborted, the signal’s reason as the cause', async () => {
    const { fact, inputs } = stuckFact();
    const controller = new AbortController();
    const pending = rejection(createEvaluator({ facts: [fact] }).evaluate(exampleDossier(), { asOf: AS_OF, signal: controller.signal }));
    await vi.waitFor(() => expect(inputs).toHaveLength(1));
    const why = new Error('the user closed the form');
    controller.abort(why);
    const error = await pending;
    expect(error).toMatchObject({ reason: 'aborted', timeoutMs: undefined, code: 'error.aborted', cause: why });
    expect(error.messageIn('en')).toBe('The evaluation was cancelled (signal)');
    expect(error.messageIn('vi')).toBe('Đánh giá đã bị hủy (signal)');
    expect(inputs[0]!.signal.aborted).toBe(true);
  });

  it('an already-aborted signal rejects at once, before any host fact is computed', async () => {
    const { fact, inputs } = stuckFact();
    const evaluator = createEvaluator({ facts: [fact] });
    const signal = AbortSignal.abort('too late');
    const error = await rejection(evaluator.evaluate(exampleDossier(), { asOf: AS_OF, signal }));
    expect(error).toMatchObject({ reason: 'aborted', cause: 'too late' });
    expect(inputs).toHaveLength(0);
    const result = await evaluator.safeEvaluate(exampleDossier(), { asOf: AS_OF, signal });
    expect(!result.success && result.error).toBeInstanceOf(EvaluationCancelledError);
  });

  it('is a per-call option that must be an AbortSignal', async () => {
    const error = await createEvaluator()
      .evaluate(exampleDossier(), { signal: {} as AbortSignal })
      .catch((caught: unknown) => caught);
    expect((error as OptionsError).option).toBe('signal');
    expect((error as OptionsError).messageIn('en')).toMatch(/^signal: must be an AbortSignal/);
    expect(() => createEvaluator({ signal: new AbortController().signal } as never)).toThrow(OptionsError);
  });
});
