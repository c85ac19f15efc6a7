import { EvaluationCancelledError } from '../schema/errors.js';

/** The time limit of an evaluation when none is given: long enough for a host fact's database or HTTP lookup. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The longest time limit: what a timer can wait (2³¹ − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** When an evaluation is stopped: after `timeoutMs` (0: never), or when `signal` is aborted. */
export interface CancellationLimits {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

/** What the work of one evaluation sees of its cancellation. */
export interface Cancellation {
  /** Aborted, with the {@link EvaluationCancelledError} as its reason, when the evaluation is stopped: passed to host facts. */
  readonly signal: AbortSignal;
  /** Settles as `work` does, or rejects with the EvaluationCancelledError as soon as the evaluation is stopped. */
  race<T>(work: Promise<T>): Promise<T>;
}

/** Throws the EvaluationCancelledError at once when `signal` is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EvaluationCancelledError('aborted', undefined, signal.reason);
}

/**
 * Runs `work` under a time limit and the caller's signal. The timer and the listener on the
 * caller's signal are removed when `work` settles or is stopped, so nothing is left to keep
 * the process alive. Work that cannot be interrupted (a synchronous step) ends before the
 * rejection is seen; work that ignores the signal keeps running, its result discarded.
 */
export async function withCancellation<T>(limits: CancellationLimits, work: (cancellation: Cancellation) => Promise<T>): Promise<T> {
  throwIfAborted(limits.signal);
  const controller = new AbortController();
  let stop: (error: EvaluationCancelledError) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = (error) => {
      if (controller.signal.aborted) return;
      reject(error); // first, so that a race sees it before whatever the abort makes a host fact throw
      controller.abort(error);
    };
  });
  stopped.catch(() => {}); // observed through race()
  const onAbort = () => stop(new EvaluationCancelledError('aborted', undefined, limits.signal?.reason));
  limits.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = limits.timeoutMs > 0 ? setTimeout(() => stop(new EvaluationCancelledError('timeout', limits.timeoutMs)), limits.timeoutMs) : undefined;
  const cancellation: Cancellation = {
    signal: controller.signal,
    race: (step) => Promise.race([step, stopped]),
  };
  try {
    return await cancellation.race(work(cancellation));
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onAbort);
  }
}
