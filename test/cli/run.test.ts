import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_BYTES, type InputSource } from '../../src/cli/read-input.js';
import { EXIT, runCli } from '../../src/cli/run.js';
import { LIMITS } from '../../src/schema/limits.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/dossier-example.json', import.meta.url));
const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'khuyencong-cli-')), name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[], stdin: string | InputSource = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: () => (typeof stdin === 'string' ? { chunks: [stdin] } : stdin),
  });
  return { code, stdout, stderr };
}

const notReady = JSON.stringify(
  exampleWith((dossier) => {
    dossier.budget.lines[0].amount = 1;
  }),
);

describe('khuyencong evaluate', () => {
  it('prints a Vietnamese report by default and exits 0 when the verdict is above --fail-on', async () => {
    const { code, stdout, stderr } = await run(['evaluate', EXAMPLE, '--as-of', '2024-12-01']);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout).toContain('Điểm: 99/100 — Kết luận: cần bổ sung');
    expect(stdout).toContain('Máy đóng gói bánh cáy có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.');
  });

  it('prints English with --locale en', async () => {
    const { stdout } = await run(['evaluate', EXAMPLE, '--as-of', '2024-12-01', '--locale', 'en']);
    expect(stdout).toContain('Score: 99/100 — Verdict: needs work');
    expect(stdout).toContain('Máy đóng gói bánh cáy has 2 price quotes; at least 3 are required');
  });

  it('prints the report as JSON with --format json', async () => {
    const { stdout } = await run(['evaluate', EXAMPLE, '--as-of', '2024-12-01', '--format', 'json']);
    const report = JSON.parse(stdout) as { score: number; asOf: string; referenceDate: { date: string; source: string } };
    expect(report.score).toBe(99);
    expect(report.asOf).toBe('2024-12-01');
    expect(report.referenceDate).toEqual({ date: '2023-12-28', source: 'approvedOn' });
  });

  it('honours --reference-date', async () => {
    const { stdout } = await run(['evaluate', EXAMPLE, '--as-of', '2024-12-01', '--reference-date', '2025-08-01', '--format', 'json']);
    expect(JSON.parse(stdout).referenceDate).toEqual({ date: '2025-08-01', source: 'option' });
  });

  it('exits 1 when the verdict is at or below --fail-on', async () => {
    const file = tempFile('not-ready.json', notReady);
    expect((await run(['evaluate', file, '--as-of', '2024-12-01'])).code).toBe(EXIT.verdict);
    expect((await run(['evaluate', file, '--as-of', '2024-12-01', '--fail-on', 'none'])).code).toBe(EXIT.ok);
    expect((await run(['evaluate', EXAMPLE, '--as-of', '2024-12-01', '--fail-on', 'needs-work'])).code).toBe(EXIT.verdict);
    expect((await run(['evaluate', EXAMPLE, '--as-of', '2024-12-01', '--fail-on', 'not-ready'])).code).toBe(EXIT.ok);
  });

  it('reads the dossier from standard input with -', async () => {
    const { code, stdout } = await run(['evaluate', '-', '--as-of', '2024-12-01', '--format', 'json'], JSON.stringify(exampleDossier()));
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).dossier.id).toBe('TB-KCQG-2024-07');
  });

  it.each([
    ['a missing file', ['evaluate', '/nonexistent/dossier.json'], 'ENOENT'],
    ['no command', [], 'Thiếu lệnh'],
    ['no command, in English', ['--locale', 'en'], 'Missing command'],
    ['an unknown command', ['score', EXAMPLE], 'Lệnh không hợp lệ'],
    ['an unknown command, in English', ['score', EXAMPLE, '--locale', 'en'], 'Invalid command'],
    ['an unknown option', ['evaluate', EXAMPLE, '--colour'], "Unknown option '--colour'"],
    ['a bad locale', ['evaluate', EXAMPLE, '--locale', 'fr'], '--locale'],
    ['a bad --fail-on', ['evaluate', EXAMPLE, '--fail-on', 'maybe'], '--fail-on'],
    ['a bad --as-of', ['evaluate', EXAMPLE, '--as-of', '2024-02-30'], 'asOf'],
  ])('exits 2 with a message on stderr for %s', async (_case, args, expected) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toBe('');
    expect(stderr).toContain(expected);
  });

  it('exits 2 for a file that is not JSON', async () => {
    const { code, stderr } = await run(['evaluate', tempFile('broken.json', '{ "id": ')]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('không phải JSON hợp lệ');
  });

  it('exits 2 and lists every validation issue with its path for a malformed dossier', async () => {
    const file = tempFile(
      'malformed.json',
      JSON.stringify(exampleWith((dossier) => {
        dossier.approvedOn = '2024-02-30';
        dossier.budget.lines[1].amount = -5;
      })),
    );
    const { code, stdout, stderr } = await run(['evaluate', file, '--locale', 'en']);
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toBe('');
    expect(stderr).toContain('approvedOn: must be a real calendar date');
    expect(stderr).toContain('budget.lines[1].amount: must not be negative');
  });
});

describe('khuyencong validate', () => {
  it('exits 0 for a valid dossier, even a thin draft', async () => {
    expect(await run(['validate', EXAMPLE])).toMatchObject({ code: EXIT.ok, stdout: 'Hồ sơ hợp lệ.\n', stderr: '' });
    const draft = tempFile('draft.json', JSON.stringify({ title: 'Đề án nháp', scope: 'local' }));
    expect((await run(['validate', draft, '--locale', 'en'])).stdout).toBe('The dossier is valid.\n');
  });

  it('exits 2 with JSON issues on stderr for --format json', async () => {
    const file = tempFile('bad.json', JSON.stringify({ scope: 'regional' }));
    const { code, stderr } = await run(['validate', file, '--format', 'json']);
    expect(code).toBe(EXIT.invalid);
    const body = JSON.parse(stderr) as { valid: boolean; issues: { path: string; code: string }[] };
    expect(body.valid).toBe(false);
    expect(body.issues).toEqual([expect.objectContaining({ path: 'scope', code: 'invalid_value' })]);
  });
});

/** A standard input that never ends (a pipe left open), and whether the CLI let go of it. */
function endlessStdin() {
  const source = {
    closed: false,
    chunks: (async function* () {
      yield '{"title": ';
      await new Promise(() => {});
    })(),
    close() {
      source.closed = true;
    },
  };
  return source;
}

describe('bounded input', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts a file, or stdin, that starts with a UTF-8 byte-order mark', async () => {
    const file = tempFile('bom.json', `\uFEFF${JSON.stringify(exampleDossier())}`);
    expect(await run(['validate', file])).toMatchObject({ code: EXIT.ok, stderr: '' });
    const { code, stdout } = await run(['evaluate', '-', '--as-of', '2024-12-01', '--format', 'json'], `\uFEFF${JSON.stringify(exampleDossier())}`);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).score).toBe(99);
  });

  it('gives up a stdin that never ends after 30 s by default: exit 3, and lets go of it', async () => {
    vi.useFakeTimers();
    const stdin = endlessStdin();
    const pending = run(['validate', '-', '--locale', 'en'], stdin);
    await vi.advanceTimersByTimeAsync(30_000);
    const { code, stdout, stderr } = await pending;
    expect(code).toBe(EXIT.timeout);
    expect(stdout).toBe('');
    expect(stderr).toBe('stdin was not read whole within 30 s (--timeout): no data came, or it never ended (a FIFO with no writer, or stdin left open?)\n');
    expect(stdin.closed).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('--timeout sets the limit, in seconds, in the locale asked for', async () => {
    vi.useFakeTimers();
    const pending = run(['evaluate', '-', '--timeout', '2.5'], endlessStdin());
    await vi.advanceTimersByTimeAsync(2_500);
    const { code, stderr } = await pending;
    expect(code).toBe(EXIT.timeout);
    expect(stderr).toContain('Không đọc xong stdin trong 2,5 giây (--timeout)');
  });

  it.runIf(process.platform !== 'win32')('gives up a FIFO with no writer', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'khuyencong-cli-')), 'dossier.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Real time: opening and watching the FIFO is real I/O. A short limit, no assumption on speed.
    const { code, stderr } = await run(['validate', fifo, '--timeout', '0.2', '--locale', 'en']);
    expect(code).toBe(EXIT.timeout);
    expect(stderr).toContain(`${fifo} was not read whole within 0.2 s`);
  });

  it('reads a FIFO that has a writer', async () => {
    if (process.platform === 'win32') return;
    const fifo = join(mkdtempSync(join(tmpdir(), 'khuyencong-cli-')), 'dossier.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reading = run(['validate', fifo, '--locale', 'en']);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(fifo, JSON.stringify({ title: 'Đề án nháp' }));
    expect(await reading).toMatchObject({ code: EXIT.ok, stdout: 'The dossier is valid.\n' });
  });

  it('refuses an input over the limit (three bytes for each character of LIMITS.inputSize) with exit 2', async () => {
    expect(MAX_INPUT_BYTES).toBe(3 * LIMITS.inputSize);
    const stdin = { closed: false, chunks: [Buffer.alloc(MAX_INPUT_BYTES / 2, 0x20), Buffer.alloc(MAX_INPUT_BYTES / 2 + 1, 0x20)], close: () => (stdin.closed = true) };
    const { code, stderr } = await run(['validate', '-', '--locale', 'en'], stdin);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toMatch(/^stdin is larger than the 30,000,000-byte limit of an input\n$/);
    expect(stdin.closed).toBe(true);
    const file = tempFile('big.json', ' '.repeat(MAX_INPUT_BYTES + 1));
    expect((await run(['validate', file, '--locale', 'en'])).stderr).toContain(`${file} is larger than the`);
  });

  it.each([['-1'], ['abc'], ['1e3'], ['99999999']])('exits 2 for --timeout %s', async (value) => {
    const { code, stderr } = await run(['validate', EXAMPLE, `--timeout=${value}`, '--locale', 'en']);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain(`--timeout: must be a number of seconds from 0 (no limit) to 2,147,483, got "${value}"`);
  });
});

// Two node processes that compile TypeScript on start: seconds on a loaded 2-core machine, so no speed is assumed.
const PROCESS_TEST_TIMEOUT_MS = 120_000;

describe('the khuyencong executable', () => {
  it('runs as a real process: exit codes, stdout and stderr', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
    const ok = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'evaluate', '-', '--as-of', '2024-12-01', '--format', 'json'], {
      input: JSON.stringify(exampleDossier()),
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).verdict).toBe('needs-work');
    const bad = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'validate', '-'], { input: '{"stage": "finished"}', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('stage');
  });

  it('exits 3, instead of hanging, on a stdin left open and on a FIFO with no writer', { timeout: PROCESS_TEST_TIMEOUT_MS }, async () => {
    // stdin is a pipe this test never closes: only the read timeout can end the process.
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'validate', '-', '--timeout', '1', '--locale', 'en'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.write('{"title": ');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.destroy();
    expect(status).toBe(EXIT.timeout);
    expect(stderr).toContain('stdin was not read whole within 1 s');
    if (process.platform === 'win32') return;
    const fifo = join(mkdtempSync(join(tmpdir(), 'khuyencong-cli-')), 'dossier.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const stuck = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'validate', fifo, '--timeout', '1'], { encoding: 'utf8', timeout: PROCESS_TEST_TIMEOUT_MS });
    expect(stuck.status).toBe(EXIT.timeout);
    expect(stuck.stderr).toContain(`Không đọc xong ${fifo} trong 1 giây`);
  });
});
