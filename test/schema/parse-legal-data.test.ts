import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLegalData } from '../../src/schema/parse-legal-data.js';

const LEGAL = JSON.parse(readFileSync(new URL('../../rules/legal-data.json', import.meta.url), 'utf8')) as { entries: Record<string, unknown>[] };

function broken(): unknown {
  const legal = structuredClone(LEGAL);
  legal.entries[0]!.verified = 'yes';
  delete legal.entries[1]!.source;
  return legal;
}

describe('parseLegalData', () => {
  it('returns the table when it is valid', () => {
    const parsed = parseLegalData(LEGAL, 'en');
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data.entries.length).toBe(LEGAL.entries.length);
  });

  it('returns every issue in the locale, saying what was found', () => {
    const parsed = parseLegalData(broken(), 'vi');
    expect(parsed.success === false && parsed.details.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'entries[0].verified', code: 'invalid_type' },
      { path: 'entries[1].source', code: 'required' },
    ]);
    expect(parsed).toMatchObject({
      success: false,
      issues: [
        { path: 'entries[0].verified', code: 'invalid_type', message: 'phải là true hoặc false, nhận được "yes"' },
        { path: 'entries[1].source', code: 'required', message: 'bắt buộc phải có' },
      ],
    });
  });

  it('leaves out what was found when asked not to report the input', () => {
    expect(parseLegalData(broken(), 'en', { reportInput: false })).toMatchObject({
      success: false,
      issues: [
        { path: 'entries[0].verified', message: 'must be true or false' },
        { path: 'entries[1].source', message: 'must be a text string' },
      ],
    });
  });
});
