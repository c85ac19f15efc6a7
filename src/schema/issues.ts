import type * as z from 'zod/mini';
import { formatList } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import type { ValidationIssue } from './errors.js';
import { formatPath } from './paths.js';

type Bilingual = [vi: string, en: string];

const EXPECTED: Record<string, Bilingual> = {
  string: ['một chuỗi văn bản', 'a text string'],
  number: ['một số', 'a number'],
  int: ['một số nguyên', 'a whole number'],
  boolean: ['true hoặc false', 'true or false'],
  array: ['một danh sách (mảng JSON)', 'a list (JSON array)'],
  object: ['một đối tượng JSON', 'a JSON object'],
};

function describeInput(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (Array.isArray(input)) return 'array';
  if (input === null || typeof input !== 'object') return JSON.stringify(input);
  return 'object';
}

function pick([vi, en]: Bilingual, locale: Locale): string {
  return locale === 'vi' ? vi : en;
}

/** Turns zod issues into path-and-expectation issues in the caller's locale; unknown keys become one issue each. */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale, rootLabel?: string): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = formatPath(issue.path, rootLabel);
    if ('input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys') {
      return [{ path, code: 'required', message: pick(['bắt buộc phải có', 'must be given'], locale) }];
    }
    const received = 'input' in issue ? describeInput(issue.input) : undefined;
    const got = received === undefined ? '' : pick([`, nhận được ${received}`, `, got ${received}`], locale);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...issue.path, key], rootLabel),
          code: 'unknown_field',
          message: pick(
            [
              'trường này không có trong định dạng khuyencong.dossier/1 (kiểm tra chính tả tên trường)',
              'this field is not part of the khuyencong.dossier/1 format (check the spelling of the field name)',
            ],
            locale,
          ),
        }));
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? [issue.expected, issue.expected];
        return [{ path, code: 'invalid_type', message: pick([`phải là ${expected[0]}`, `must be ${expected[1]}`], locale) + got }];
      }
      case 'invalid_value': {
        const values = formatList(issue.values.map((value) => JSON.stringify(value)), locale);
        return [
          {
            path,
            code: 'invalid_value',
            message: pick([`phải là một trong các giá trị ${values}`, `must be one of ${values}`], locale) + got,
          },
        ];
      }
      case 'invalid_format':
        if (issue.format === 'date') {
          return [
            {
              path,
              code: 'invalid_date',
              message:
                pick(
                  ['phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-03-01)', 'must be a real calendar date in the form YYYY-MM-DD (e.g. 2024-03-01)'],
                  locale,
                ) + got,
            },
          ];
        }
        if (issue.format === 'regex' && issue.message !== 'Invalid input') {
          return [{ path, code: 'invalid_format', message: pick([`sai định dạng (cần: ${issue.message})`, `must be ${issue.message}`], locale) + got }];
        }
        return [{ path, code: 'invalid_format', message: pick([`sai định dạng ${issue.format}`, `must match the ${issue.format} format`], locale) + got }];
      case 'too_small':
        return [
          {
            path,
            code: 'too_small',
            message:
              (Number(issue.minimum) === 0
                ? pick(['không được là số âm', 'must not be negative'], locale)
                : pick([`phải lớn hơn hoặc bằng ${String(issue.minimum)}`, `must be at least ${String(issue.minimum)}`], locale)) + got,
          },
        ];
      case 'too_big':
        return [
          {
            path,
            code: 'too_big',
            message:
              pick([`quá lớn (tối đa ${String(issue.maximum)})`, `must be at most ${String(issue.maximum)}`], locale) + got,
          },
        ];
      default:
        return [{ path, code: issue.code ?? 'invalid', message: pick(['giá trị không hợp lệ', 'must be a valid value'], locale) + got }];
    }
  });
}
