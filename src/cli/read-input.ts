import { constants, createReadStream, open } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { promisify } from 'node:util';
import type { CliMessageId } from '../i18n/catalogue/cli.js';
import type { MessageParams } from '../i18n/say.js';
import { LIMITS } from '../schema/limits.js';

/**
 * The most the CLI reads of one input (a dossier or a cost-norms file): 30,000,000 bytes, three
 * times `LIMITS.inputSize` (in characters), because a character takes at most three bytes in UTF-8
 * (Vietnamese letters with diacritics take two or three). So the CLI reads every dossier the
 * library would accept, and a runaway pipe still cannot exhaust the memory.
 */
export const MAX_INPUT_BYTES = 3 * LIMITS.inputSize;

/** How long the CLI waits for one input to be read whole when `--timeout` is not given, in seconds. */
export const DEFAULT_READ_TIMEOUT_SECONDS = 30;

/** The longest `--timeout`, in seconds: what a timer can wait. */
export const MAX_READ_TIMEOUT_SECONDS = 2_147_483;

/** Something to read: its chunks, and how to let go of it when the read is given up. */
export interface InputSource {
  readonly chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** Stops reading and releases the file or stream; called once the read ends, whatever the outcome. */
  close?(): void;
}

/** Why an input could not be read: a catalogue sentence of the CLI, and whether the read timed out. */
export class InputReadError extends Error {
  constructor(
    readonly code: CliMessageId,
    readonly params: MessageParams,
    readonly timedOut = false,
  ) {
    super(code);
  }
}

/**
 * Opens a file to read. A FIFO is opened without blocking (a blocking open of a FIFO with no
 * writer would hold one of Node's worker threads for ever, and keep the process alive even
 * after it exits) and read as a stream, so that the read timeout can give it up.
 */
export async function openInput(path: string): Promise<InputSource> {
  const info = await stat(path);
  if (!info.isFIFO()) {
    const stream = createReadStream(path);
    return { chunks: stream, close: () => stream.destroy() };
  }
  // The socket owns the descriptor and closes it when destroyed.
  const fd = await promisify(open)(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const socket = new Socket({ fd, readable: true, writable: false });
  return { chunks: socket, close: () => socket.destroy() };
}

const BOM = '\uFEFF';

/**
 * Reads a source whole, as UTF-8 without a leading byte-order mark. Throws an InputReadError
 * past `maxBytes`, or when it is not read whole within `timeoutMs` (0: no limit); the source is
 * closed and the timer cleared in every case.
 */
export async function readBounded(source: InputSource, limits: { maxBytes: number; timeoutMs: number }, file: string): Promise<string> {
  const parts: Buffer[] = [];
  let bytes = 0;
  const read = (async () => {
    for await (const chunk of source.chunks) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      bytes += buffer.length;
      if (bytes > limits.maxBytes) throw new InputReadError('cli.tooLarge', { file, maxBytes: limits.maxBytes });
      parts.push(buffer);
    }
  })();
  read.catch(() => {}); // observed below; once given up, its late failure (the closed stream) is of no interest
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    if (limits.timeoutMs > 0) {
      const seconds = limits.timeoutMs / 1000;
      timer = setTimeout(() => reject(new InputReadError('cli.readTimeout', { file, seconds }, true)), limits.timeoutMs);
    }
  });
  try {
    await Promise.race([read, timedOut]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    source.close?.();
  }
  const text = Buffer.concat(parts).toString('utf8');
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
