import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createEvaluator } from '../evaluator.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { formatReportText } from '../report/format-text.js';
import { DossierValidationError, OptionsError } from '../schema/errors.js';
import { validateDossier } from '../schema/validate-dossier.js';
import type { Verdict } from '../scoring/score.js';
import { LIBRARY_VERSION } from '../version.js';
import { rulesDiff, RulesInputError } from './rules-diff.js';

/** Exit codes: 0 success, 1 verdict at or below --fail-on, 2 invalid input or usage. */
export const EXIT = { ok: 0, verdict: 1, invalid: 2 } as const;

const HELP = `khuyencong ${LIBRARY_VERSION} — đánh giá hồ sơ đề án khuyến công / evaluate khuyến công project dossiers

Cách dùng / Usage:
  khuyencong evaluate <file|->  [options]   đánh giá hồ sơ / evaluate a dossier
  khuyencong validate <file|->  [options]   chỉ kiểm tra định dạng / check the format only
  khuyencong rules diff <a> <b> [options]   so sánh hai phiên bản bộ quy tắc / compare two versions of the rules
      a, b: tệp bộ quy tắc (L5.json), tệp legal-data.json, hoặc thư mục chứa L*.json và/hoặc legal-data.json /
            a rule-set file, a legal-data file, or a directory holding L*.json and/or legal-data.json;
      in ra từng thay đổi và mức tăng phiên bản cần có (chính/phụ/vá) /
      prints each change and the release it requires (major/minor/patch); exit 0 once the diff is produced

Tùy chọn / Options:
  --locale vi|en             ngôn ngữ / language (default vi)
  --format text|json         dạng kết quả / output format (default text; json for rules diff: the diff objects)
  --as-of YYYY-MM-DD         ngày đánh giá / evaluation date (default: today in Vietnam)
  --reference-date YYYY-MM-DD  ngày tham chiếu pháp lý / legal reference date
  --fail-on not-ready|needs-work|ready|none
                             thoát mã 1 khi kết luận bằng hoặc kém hơn mức này /
                             exit 1 when the verdict is this or worse (default not-ready)
  -h, --help                 trợ giúp / this help
  -v, --version              phiên bản / version

Mã thoát / Exit codes: 0 ok, 1 verdict at or below --fail-on, 2 invalid input or usage.
`;

const VERDICT_RANK: Record<Verdict, number> = { 'not-ready': 0, 'needs-work': 1, ready: 2 };
const FAIL_ON = ['not-ready', 'needs-work', 'ready', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

class UsageError extends Error {}

/** Where the CLI writes and reads; the real process streams in `bin.ts`, buffers in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

async function readDossier(file: string, io: Io, locale: Locale): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(locale === 'vi' ? `Không đọc được tệp ${file} (${reason})` : `Cannot read ${file} (${reason})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(locale === 'vi' ? `${file} không phải JSON hợp lệ: ${reason}` : `${file} is not valid JSON: ${reason}`);
  }
}

function parse(argv: readonly string[]) {
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
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const locale = values.locale ?? 'vi';
  if (!isLocale(locale)) throw new UsageError(`--locale: "vi" hoặc "en" / must be "vi" or "en", got "${locale}"`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format: "text" hoặc "json" / must be "text" or "json", got "${format}"`);
  const failOn = (values['fail-on'] ?? 'not-ready') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on: một trong / one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
  return { values, positionals, locale, format, failOn };
}

function printIssues(error: DossierValidationError, format: string, io: Io): void {
  if (format === 'json') io.stderr(`${JSON.stringify({ valid: false, issues: error.issues }, null, 2)}\n`);
  else io.stderr(`${error.message}\n`);
}

async function runRules(args: readonly string[], locale: Locale, format: 'text' | 'json', io: Io): Promise<number> {
  const [subcommand, a, b, ...extra] = args;
  if (subcommand !== 'diff' || a === undefined || b === undefined || extra.length > 0) {
    io.stderr(`Cách dùng / Usage: khuyencong rules diff <a> <b> [--format text|json] [--locale vi|en]\n\n${HELP}`);
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
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return EXIT.invalid;
  }
  const { values, positionals, locale, format, failOn } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  const [command, file, ...extra] = positionals;
  if (command === 'rules') return runRules(positionals.slice(1), locale, format === 'json' ? 'json' : 'text', io);
  if ((command !== 'evaluate' && command !== 'validate') || file === undefined || extra.length > 0) {
    io.stderr(`${command === undefined ? 'Thiếu lệnh / Missing command' : `Lệnh không hợp lệ / Invalid command: ${positionals.join(' ')}`}\n\n${HELP}`);
    return EXIT.invalid;
  }
  try {
    const dossier = await readDossier(file, io, locale);
    if (command === 'validate') {
      const result = validateDossier(dossier, { locale });
      if (!result.success) {
        printIssues(result.error, format, io);
        return EXIT.invalid;
      }
      io.stdout(format === 'json' ? `${JSON.stringify({ valid: true, issues: [] }, null, 2)}\n` : locale === 'vi' ? 'Hồ sơ hợp lệ.\n' : 'The dossier is valid.\n');
      return EXIT.ok;
    }
    const evaluator = createEvaluator({ locale });
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
    if (error instanceof UsageError || error instanceof OptionsError) {
      io.stderr(`${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
