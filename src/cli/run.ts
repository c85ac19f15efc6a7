import { parseArgs } from 'node:util';
import { createEvaluator } from '../evaluator.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale.js';
import { CLI_CATALOGUES, type CliMessageId } from '../i18n/catalogue/cli.js';
import { createSay, type MessageParams } from '../i18n/say.js';
import { formatReportText } from '../report/format-text.js';
import { DossierValidationError, OptionsError } from '../schema/errors.js';
import { validateDossier } from '../schema/validate-dossier.js';
import type { Verdict } from '../scoring/score.js';
import { LIBRARY_VERSION } from '../version.js';
import { inNormsFiles, loadNormsFiles, LocalNormsFileError } from './local-norms-files.js';
import { DEFAULT_READ_TIMEOUT_SECONDS, InputReadError, MAX_INPUT_BYTES, MAX_READ_TIMEOUT_SECONDS, openInput, readBounded, type InputSource } from './read-input.js';
import { rulesDiff, RulesInputError } from './rules-diff.js';

/** Exit codes: 0 success, 1 verdict at or below --fail-on, 2 invalid input or usage, 3 an input not read within --timeout. */
export const EXIT = { ok: 0, verdict: 1, invalid: 2, timeout: 3 } as const;

const VERDICT_RANK: Record<Verdict, number> = { 'not-ready': 0, 'needs-work': 1, ready: 2 };
const FAIL_ON = ['not-ready', 'needs-work', 'ready', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

const say = createSay(CLI_CATALOGUES);

/** A mistake in how the CLI was called, worded in the `--locale` asked for (or Vietnamese). */
class UsageError extends Error {
  constructor(
    readonly code: CliMessageId,
    readonly params: MessageParams,
    locale: Locale,
    readonly exit: number = EXIT.invalid,
  ) {
    super(say(locale, code, params));
  }
}

const help = (locale: Locale) => say(locale, 'cli.help', { version: LIBRARY_VERSION });

/** The `--locale` the arguments ask for, read loosely: for wording a usage error before the arguments are parsed. */
export function requestedLocale(argv: readonly string[]): Locale {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const value = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Where the CLI writes and reads; the real process streams in `bin.ts`, buffers in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, to read a dossier from with `-`; read whole within `--timeout`, at most {@link MAX_INPUT_BYTES}. */
  stdin: () => InputSource;
}

/**
 * Reads a JSON file (`-`: standard input), at most {@link MAX_INPUT_BYTES}, within `timeoutMs`
 * (0: no limit), a leading byte-order mark dropped; or throws a UsageError saying why not.
 */
async function readJson(file: string, io: Io, locale: Locale, timeoutMs: number): Promise<unknown> {
  let text: string;
  const name = file === '-' ? say(locale, 'cli.stdin') : file;
  try {
    text = await readBounded(file === '-' ? io.stdin() : await openInput(file), { maxBytes: MAX_INPUT_BYTES, timeoutMs }, name);
  } catch (error) {
    if (error instanceof InputReadError) throw new UsageError(error.code, error.params, locale, error.timedOut ? EXIT.timeout : EXIT.invalid);
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError('cli.cannotRead', { file, reason }, locale);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError('cli.notJson', { file, reason }, locale);
  }
}

/** `--timeout` in milliseconds: a number of seconds from 0 (no limit) up to what a timer can wait. */
function readTimeoutMs(value: string | undefined, locale: Locale): number {
  if (value === undefined) return DEFAULT_READ_TIMEOUT_SECONDS * 1000;
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds <= MAX_READ_TIMEOUT_SECONDS)) throw new UsageError('cli.badTimeout', { value, maximum: MAX_READ_TIMEOUT_SECONDS }, locale);
  return Math.ceil(seconds * 1000);
}

function parse(argv: readonly string[], fallbackLocale: Locale) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      locale: { type: 'string' },
      format: { type: 'string' },
      'as-of': { type: 'string' },
      'reference-date': { type: 'string' },
      'fail-on': { type: 'string' },
      'local-norms': { type: 'string', multiple: true },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const locale = values.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new UsageError('cli.badLocale', { value: locale }, fallbackLocale);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('cli.badFormat', { value: format }, locale);
  const failOn = (values['fail-on'] ?? 'not-ready') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError('cli.badFailOn', { values: FAIL_ON.join(', '), value: failOn }, locale);
  return { values, positionals, locale, format, failOn, readTimeoutMs: readTimeoutMs(values.timeout, locale) };
}

function printIssues(error: DossierValidationError, format: string, io: Io): void {
  if (format === 'json') io.stderr(`${JSON.stringify({ valid: false, issues: error.issues }, null, 2)}\n`);
  else io.stderr(`${error.messageIn(error.locale)}\n`);
}

async function runRules(args: readonly string[], locale: Locale, format: 'text' | 'json', io: Io): Promise<number> {
  const [subcommand, a, b, ...extra] = args;
  if (subcommand !== 'diff' || a === undefined || b === undefined || extra.length > 0) {
    io.stderr(`${say(locale, 'cli.rulesUsage')}\n\n${help(locale)}`);
    return EXIT.invalid;
  }
  try {
    io.stdout(await rulesDiff(a, b, { locale, format }));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof RulesInputError) {
      io.stderr(`${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}

/** Runs the CLI with the given arguments; returns the exit code instead of exiting, so it can be tested in-process. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const fallbackLocale = requestedLocale(argv);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, fallbackLocale);
  } catch (error) {
    // Node's parseArgs words its own errors (in English); ours are worded in the locale asked for.
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${help(fallbackLocale)}`);
    return EXIT.invalid;
  }
  const { values, positionals, locale, format, failOn, readTimeoutMs: timeoutMs } = parsed;
  if (values.help) {
    io.stdout(help(locale));
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  const [command, file, ...extra] = positionals;
  if (command === 'rules') return runRules(positionals.slice(1), locale, format === 'json' ? 'json' : 'text', io);
  if ((command !== 'evaluate' && command !== 'validate') || file === undefined || extra.length > 0) {
    const problem = command === undefined ? say(locale, 'cli.missingCommand') : say(locale, 'cli.invalidCommand', { command: positionals.join(' ') });
    io.stderr(`${problem}\n\n${help(locale)}`);
    return EXIT.invalid;
  }
  try {
    const dossier = await readJson(file, io, locale, timeoutMs);
    if (command === 'validate') {
      const result = validateDossier(dossier, { locale });
      if (!result.success) {
        printIssues(result.error, format, io);
        return EXIT.invalid;
      }
      io.stdout(format === 'json' ? `${JSON.stringify({ valid: true, issues: [] }, null, 2)}\n` : `${say(locale, 'cli.valid')}\n`);
      return EXIT.ok;
    }
    const normsFiles = await loadNormsFiles(values['local-norms'] ?? [], (normsFile) => readJson(normsFile, io, locale, timeoutMs), locale);
    let evaluator: ReturnType<typeof createEvaluator>;
    try {
      evaluator = createEvaluator({ locale, localNorms: normsFiles.norms });
    } catch (error) {
      // Overlaps across files and unknown provinces are found by the evaluator: say which file.
      throw error instanceof OptionsError ? inNormsFiles(error, normsFiles.origins) : error;
    }
    const report = await evaluator.evaluate(dossier, {
      ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
      ...(values['reference-date'] !== undefined ? { referenceDate: values['reference-date'] } : {}),
    });
    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatReportText(report)}\n`);
    if (failOn !== 'none' && VERDICT_RANK[report.verdict] <= VERDICT_RANK[failOn]) return EXIT.verdict;
    return EXIT.ok;
  } catch (error) {
    if (error instanceof DossierValidationError) {
      printIssues(error, format, io);
      return EXIT.invalid;
    }
    if (error instanceof LocalNormsFileError) {
      io.stderr(`${say(locale, 'cli.badNorms', { file: error.file })}\n${error.error.messageIn(locale)}\n`);
      return EXIT.invalid;
    }
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return error.exit;
    }
    if (error instanceof OptionsError) {
      io.stderr(`${error.messageIn(locale)}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
