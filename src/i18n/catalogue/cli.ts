import type { Catalogues } from '../say.js';

/*
 * The CLI's section of the catalogue, in a module of its own so that the library's browser
 * bundle does not carry the CLI's help text. Same shape and syntax as vi.ts and en.ts:
 * Vietnamese defines the ids, English must give each of them.
 */

const vi = {
  'cli.help': `khuyencong {{version}} — đánh giá hồ sơ đề án khuyến công

Cách dùng:
  khuyencong evaluate <tệp|->   [tùy chọn]   đánh giá hồ sơ
  khuyencong validate <tệp|->   [tùy chọn]   chỉ kiểm tra định dạng
  khuyencong rules diff <a> <b> [tùy chọn]   so sánh hai phiên bản bộ quy tắc
      a, b: tệp bộ quy tắc (L5.json), tệp legal-data.json, hoặc thư mục chứa L*.json và/hoặc legal-data.json;
      in ra từng thay đổi và mức tăng phiên bản cần có (chính/phụ/vá); thoát mã 0 khi đã so sánh xong

Tùy chọn:
  --locale vi|en             ngôn ngữ (mặc định vi)
  --format text|json         dạng kết quả (mặc định text; json với rules diff: các đối tượng thay đổi)
  --as-of YYYY-MM-DD         ngày đánh giá (mặc định: hôm nay theo giờ Việt Nam)
  --reference-date YYYY-MM-DD  ngày tham chiếu pháp lý
  --fail-on not-ready|needs-work|ready|none
                             thoát mã 1 khi kết luận bằng hoặc kém hơn mức này (mặc định not-ready)
  --local-norms <tệp>        định mức chi khuyến công địa phương của tỉnh (khuyencong.local-norms/1: một văn bản
                             hoặc danh sách); dùng được nhiều lần; đề án địa phương được đối chiếu với định mức này
  --timeout <giây>           thời hạn đọc xong mỗi tệp vào hoặc stdin (mặc định 30; 0: không giới hạn);
                             mỗi tệp vào tối đa 30.000.000 byte
  -h, --help                 trợ giúp
  -v, --version              phiên bản

Mã thoát: 0 thành công, 1 kết luận bằng hoặc kém hơn --fail-on, 2 dữ liệu vào hoặc cách dùng không hợp lệ,
3 không đọc xong dữ liệu vào trong thời hạn --timeout.
`,
  'cli.rulesUsage': 'Cách dùng: khuyencong rules diff <a> <b> [--format text|json] [--locale vi|en]',
  'cli.missingCommand': 'Thiếu lệnh',
  'cli.invalidCommand': 'Lệnh không hợp lệ: {{command}}',
  'cli.badLocale': '--locale: phải là "vi" hoặc "en", nhận được "{{value}}"',
  'cli.badFormat': '--format: phải là "text" hoặc "json", nhận được "{{value}}"',
  'cli.badFailOn': '--fail-on: phải là một trong {{values}}, nhận được "{{value}}"',
  'cli.cannotRead': 'Không đọc được tệp {{file}} ({{reason}})',
  'cli.notJson': '{{file}} không phải JSON hợp lệ: {{reason}}',
  'cli.tooLarge': '{{file}} lớn hơn giới hạn {{maxBytes}} byte của một tệp vào',
  'cli.readTimeout':
    'Không đọc xong {{file}} trong {{seconds}} giây (--timeout): dữ liệu chưa đến hoặc chưa kết thúc (một FIFO chưa có bên ghi, hay stdin chưa được đóng?)',
  'cli.badTimeout': '--timeout: phải là số giây từ 0 (không giới hạn) đến {{maximum}}, nhận được "{{value}}"',
  'cli.stdin': 'stdin',
  'cli.valid': 'Hồ sơ hợp lệ.',
  'cli.badNorms': 'Tệp định mức chi {{file}} không hợp lệ:',
  'cli.internalError': 'Lỗi nội bộ: {{detail}}',
} as const;

/** The id of a sentence of the CLI. */
export type CliMessageId = keyof typeof vi;

const en: Readonly<Record<CliMessageId, string>> = {
  'cli.help': `khuyencong {{version}} — evaluate khuyến công project dossiers

Usage:
  khuyencong evaluate <file|->  [options]   evaluate a dossier
  khuyencong validate <file|->  [options]   check the format only
  khuyencong rules diff <a> <b> [options]   compare two versions of the rules
      a, b: a rule-set file (L5.json), a legal-data file, or a directory holding L*.json and/or legal-data.json;
      prints each change and the release it requires (major/minor/patch); exit 0 once the diff is produced

Options:
  --locale vi|en             language (default vi)
  --format text|json         output format (default text; json for rules diff: the diff objects)
  --as-of YYYY-MM-DD         evaluation date (default: today in Vietnam)
  --reference-date YYYY-MM-DD  legal reference date
  --fail-on not-ready|needs-work|ready|none
                             exit 1 when the verdict is this or worse (default not-ready)
  --local-norms <file>       a province's cost norms for local khuyến công (khuyencong.local-norms/1: one document
                             or a list); repeatable; local projects are held to them
  --timeout <seconds>        time to read each input file or stdin whole (default 30; 0: no limit);
                             each input is at most 30,000,000 bytes
  -h, --help                 this help
  -v, --version              version

Exit codes: 0 ok, 1 verdict at or below --fail-on, 2 invalid input or usage,
3 an input not read whole within --timeout.
`,
  'cli.rulesUsage': 'Usage: khuyencong rules diff <a> <b> [--format text|json] [--locale vi|en]',
  'cli.missingCommand': 'Missing command',
  'cli.invalidCommand': 'Invalid command: {{command}}',
  'cli.badLocale': '--locale: must be "vi" or "en", got "{{value}}"',
  'cli.badFormat': '--format: must be "text" or "json", got "{{value}}"',
  'cli.badFailOn': '--fail-on: must be one of {{values}}, got "{{value}}"',
  'cli.cannotRead': 'Cannot read {{file}} ({{reason}})',
  'cli.notJson': '{{file}} is not valid JSON: {{reason}}',
  'cli.tooLarge': '{{file}} is larger than the {{maxBytes}}-byte limit of an input',
  'cli.readTimeout':
    '{{file}} was not read whole within {{seconds}} s (--timeout): no data came, or it never ended (a FIFO with no writer, or stdin left open?)',
  'cli.badTimeout': '--timeout: must be a number of seconds from 0 (no limit) to {{maximum}}, got "{{value}}"',
  'cli.stdin': 'stdin',
  'cli.valid': 'The dossier is valid.',
  'cli.badNorms': 'The cost-norms file {{file}} is not valid:',
  'cli.internalError': 'internal error: {{detail}}',
};

/** The CLI's sentences in every locale. */
export const CLI_CATALOGUES: Catalogues<CliMessageId> = { vi, en };
