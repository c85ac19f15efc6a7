import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run.js';
import { loadRulesInput, type RulesDiffResult } from '../../src/cli/rules-diff.js';
import { LESSON_IDS } from '../../src/schema/rule-set.js';

const read = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'khuyencong-rules-diff-'));
}

/** A copy of rules/ with every rule set and the legal data at version 1.0.0: the release the variants below come after, whatever the bundled versions are now. */
function baseRelease(): string {
  const source = fileURLToPath(new URL('../../rules/', import.meta.url));
  const dir = tempDir();
  cpSync(source, dir, { recursive: true });
  for (const name of [...LESSON_IDS.map((lesson) => `${lesson}.json`), 'legal-data.json']) {
    const data = read(join(dir, name));
    data.version = '1.0.0';
    writeFileSync(join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
  }
  return `${dir}/`;
}

const RULES_DIR = baseRelease();
const L5_FILE = join(RULES_DIR, 'L5.json');
const LEGAL_FILE = join(RULES_DIR, 'legal-data.json');

function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** A copy of rules/L5.json at another version, with one change. */
function l5(version: string, change: (ruleSet: any) => void = () => {}): any {
  const ruleSet = read(L5_FILE);
  ruleSet.version = version;
  change(ruleSet);
  return ruleSet;
}

function market(ruleSet: any): any {
  return ruleSet.rules.find((rule: { id: string }) => rule.id === 'L5-market-prices');
}

/** A copy of rules/ (all five lessons and the legal data) with L5 and the legal data changed: the "new release". */
function newRelease(): string {
  const dir = tempDir();
  cpSync(RULES_DIR, dir, { recursive: true });
  writeJson(
    dir,
    'L5.json',
    l5('1.1.0', (ruleSet) => {
      market(ruleSet).conditions.all[0].operator = 'not:isEmpty';
      market(ruleSet).messages.pass.en = 'Enough price quotes.';
    }),
  );
  const legal = read(LEGAL_FILE);
  legal.version = '1.1.0';
  legal.entries.find((entry: any) => entry.key === 'learnersPerInstructorLimit' && entry.effectiveFrom === '2025-07-01').value = 24;
  writeJson(dir, 'legal-data.json', legal);
  return dir;
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: () => ({ chunks: [] }),
  });
  return { code, stdout, stderr };
}

describe('khuyencong rules diff: two rule-set files', () => {
  it('prints one line per change and the release required, in English', async () => {
    const dir = tempDir();
    const after = writeJson(
      dir,
      'L5.json',
      l5('1.1.0', (ruleSet) => {
        market(ruleSet).severity = 'critical';
        market(ruleSet).parameters.minPriceQuotes.default = 4;
        market(ruleSet).messages.fail.vi = 'Thiếu báo giá.';
        ruleSet.rules = ruleSet.rules.filter((rule: { id: string }) => rule.id !== 'L5-other-resources');
      }),
    );
    const { code, stdout, stderr } = await run(['rules', 'diff', L5_FILE, after, '--locale', 'en']);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe(
      [
        `Rules diff: ${L5_FILE} → ${after}`,
        '',
        'Rule set khuyencong/L5: version 1.0.0 → 1.1.0',
        '  - L5-other-resources: rule removed [major]',
        '  ~ L5-market-prices: severity: major → critical [major]',
        '  ~ L5-market-prices: parameter minPriceQuotes: default 3 → 4 [minor]',
        '  ~ L5-market-prices: message “fail”: reworded [patch]',
        '  → requires a major release (≥ 2.0.0) — version 1.0.0 → 1.1.0: not enough',
        '',
      ].join('\n'),
    );
  });

  it('labels in Vietnamese by default, and says when the version satisfies the change', async () => {
    const after = writeJson(tempDir(), 'L5.json', l5('1.1.0', (ruleSet) => (market(ruleSet).parameters.minPriceQuotes.default = 4)));
    const { code, stdout } = await run(['rules', 'diff', L5_FILE, after]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Bộ quy tắc khuyencong/L5: phiên bản 1.0.0 → 1.1.0');
    expect(stdout).toContain('  ~ L5-market-prices: tham số minPriceQuotes: default 3 → 4 [phụ]');
    expect(stdout).toContain('  → cần tăng phiên bản phụ (≥ 1.1.0) — phiên bản 1.0.0 → 1.1.0: đạt');
  });

  it('reports no change for a reformatted copy, and exits 0', async () => {
    const dir = tempDir();
    const copy = join(dir, 'L5.json');
    writeFileSync(copy, JSON.stringify(read(L5_FILE)));
    const { code, stdout } = await run(['rules', 'diff', L5_FILE, copy, '--locale', 'en']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Rule set khuyencong/L5 (version 1.0.0): no changes');
  });

  it('prints the diff objects with --format json', async () => {
    const after = writeJson(tempDir(), 'L5.json', l5('1.0.1', (ruleSet) => (market(ruleSet).title.en = 'Market prices')));
    const { code, stdout } = await run(['rules', 'diff', L5_FILE, after, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(stdout) as RulesDiffResult;
    expect(result.a).toBe(L5_FILE);
    expect(result.legalData).toBeUndefined();
    expect(result.ruleSets!.ruleSets).toEqual([
      {
        id: 'khuyencong/L5',
        version: { before: '1.0.0', after: '1.0.1' },
        metadata: [],
        rulesAdded: [],
        rulesRemoved: [],
        rulesChanged: [
          {
            id: 'L5-market-prices',
            aspects: ['title'],
            changes: [{ aspect: 'title', before: market(read(L5_FILE)).title, after: { ...market(read(L5_FILE)).title, en: 'Market prices' } }],
          },
        ],
      },
    ]);
    expect(result.ruleSets!.releases).toEqual([
      expect.objectContaining({ subject: 'khuyencong/L5', change: 'patch', requiredVersion: '1.0.1', satisfied: true, problems: [] }),
    ]);
  });
  it('labels a change of the rule\'s json-rules-engine event a patch: the engine never reads it', async () => {
    const after = writeJson(tempDir(), 'L5.json', l5('1.0.1', (ruleSet) => (market(ruleSet).event = { type: 'market-prices' })));
    const { code, stdout } = await run(['rules', 'diff', L5_FILE, after, '--locale', 'en']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('  ~ L5-market-prices: event: {"type":"L5-market-prices"} → {"type":"market-prices"} [patch]');
    expect(stdout).toContain('  → requires a patch release (≥ 1.0.1) — version 1.0.0 → 1.0.1: OK');
  });
});

describe('khuyencong rules diff: two legal-data files', () => {
  it('lists entries added and corrected, in text and JSON', async () => {
    const legal = read(LEGAL_FILE);
    legal.entries.find((entry: any) => entry.key === 'learnersPerInstructorLimit' && entry.effectiveFrom === '2025-07-01').value = 24;
    legal.entries.push({ key: 'maxProjectMonths', value: 12, source: 'draft', verified: false });
    const after = writeJson(tempDir(), 'legal-data.json', legal);

    const text = await run(['rules', 'diff', LEGAL_FILE, after, '--locale', 'en']);
    expect(text.code).toBe(EXIT.ok);
    expect(text.stdout).toContain('Legal data: version 1.0.0 → 1.0.0');
    expect(text.stdout).toContain('  + maxProjectMonths@…: entry added (12) [minor]');
    expect(text.stdout).toContain('  ~ learnersPerInstructorLimit@2025-07-01: value 25 → 24 [minor]');
    expect(text.stdout).toContain('  → requires a minor release (≥ 1.1.0) — version 1.0.0 → 1.0.0: not enough');

    const json = await run(['rules', 'diff', LEGAL_FILE, after, '--format', 'json']);
    const result = JSON.parse(json.stdout) as RulesDiffResult;
    expect(result.ruleSets).toBeUndefined();
    expect(result.legalData!.changed).toEqual([
      { key: 'learnersPerInstructorLimit', effectiveFrom: '2025-07-01', fields: ['value'], value: { before: 25, after: 24 } },
    ]);
    expect(result.legalData!.added).toEqual([{ key: 'maxProjectMonths', value: 12, source: 'draft', verified: false }]);
    expect(result.legalData!.release).toMatchObject({ change: 'minor', satisfied: false });
  });
});

describe('khuyencong rules diff: two directories', () => {
  it('compares every lesson and the legal data of two releases', async () => {
    const after = newRelease();
    const { code, stdout, stderr } = await run(['rules', 'diff', RULES_DIR, after]);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Bộ quy tắc khuyencong/L5: phiên bản 1.0.0 → 1.1.0');
    expect(stdout).toContain('  ~ L5-market-prices: điều kiện: đã đổi [chính]');
    expect(stdout).toContain('  ~ L5-market-prices: thông báo “pass”: sửa câu chữ [vá]');
    expect(stdout).toContain('  → cần tăng phiên bản chính (≥ 2.0.0) — phiên bản 1.0.0 → 1.1.0: chưa đủ');
    for (const lesson of LESSON_IDS.filter((id) => id !== 'L5')) expect(stdout).toContain(`Bộ quy tắc khuyencong/${lesson} (phiên bản 1.0.0): không có thay đổi`);
    expect(stdout).toContain('Dữ liệu pháp lý: phiên bản 1.0.0 → 1.1.0');
    expect(stdout).toContain('  ~ learnersPerInstructorLimit@2025-07-01: value 25 → 24 [phụ]');
    expect(stdout).toContain('  → cần tăng phiên bản phụ (≥ 1.1.0) — phiên bản 1.0.0 → 1.1.0: đạt');
  });

  it('gives JSON with a release check per rule set and for the legal data', async () => {
    const { code, stdout } = await run(['rules', 'diff', RULES_DIR, newRelease(), '--format', 'json', '--locale', 'en']);
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(stdout) as RulesDiffResult;
    expect(result.ruleSets!.ruleSets.map((ruleSet) => ruleSet.id)).toEqual(['khuyencong/L1', 'khuyencong/L2', 'khuyencong/L3', 'khuyencong/L4', 'khuyencong/L5']);
    expect(result.ruleSets!.releases.map((check) => [check.subject, check.change, check.satisfied])).toEqual([
      ['khuyencong/L1', 'none', true],
      ['khuyencong/L2', 'none', true],
      ['khuyencong/L3', 'none', true],
      ['khuyencong/L4', 'none', true],
      ['khuyencong/L5', 'major', false],
    ]);
    expect(result.ruleSets!.releases[4]!.problems).toEqual([
      'khuyencong/L5: rules changed in meaning (L5-market-prices: conditions) but version went 1.0.0 → 1.1.0; a major bump is required (at least 2.0.0)',
    ]);
    expect(result.legalData!.release).toMatchObject({ change: 'minor', satisfied: true });
  });

  it('compares a directory with a file of the same kind, noting what only one side holds', async () => {
    const dir = tempDir();
    writeJson(dir, 'L5.json', l5('1.0.0'));
    const { code, stdout } = await run(['rules', 'diff', dir, RULES_DIR, '--locale', 'en']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Rule set khuyencong/L1: new rule set (version 1.0.0, 7 rules) [minor]');
    expect(stdout).toContain(`Only ${RULES_DIR} holds legal data; legal data not compared`);

    const legalOnly = tempDir();
    cpSync(LEGAL_FILE, join(legalOnly, 'legal-data.json'));
    const legal = await run(['rules', 'diff', legalOnly, LEGAL_FILE, '--locale', 'en']);
    expect(legal.code).toBe(EXIT.ok);
    expect(legal.stdout).toContain('→ no changes; no release needed — version 1.0.0 → 1.0.0: OK');
  });
});

describe('khuyencong rules diff: a rules/ folder with per-lesson source folders', () => {
  it('reads only the assembled rule sets at the top level, not the single rules under rules/L5/', async () => {
    const dir = tempDir();
    cpSync(RULES_DIR, dir, { recursive: true });
    mkdirSync(join(dir, 'L5'), { recursive: true });
    writeJson(join(dir, 'L5'), 'L5-market-prices.json', market(l5('9.0.0')));
    writeJson(join(dir, 'L5'), 'rule-set.json', { id: 'khuyencong/L5', lesson: 'L5', version: '9.0.0' });
    // A folder named like a rule-set file is not one either.
    rmSync(join(dir, 'L4.json'));
    mkdirSync(join(dir, 'L4.json'));
    const { code, stdout } = await run(['rules', 'diff', RULES_DIR, dir, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(stdout) as RulesDiffResult;
    expect(result.ruleSets!.releases.map((check) => [check.subject, check.change])).toEqual(
      LESSON_IDS.filter((lesson) => lesson !== 'L4').map((lesson) => [`khuyencong/${lesson}`, 'none']),
    );
    expect(result.ruleSets!.ruleSetsRemoved.map((ruleSet) => ruleSet.id)).toEqual(['khuyencong/L4']);
  });
});

describe('khuyencong rules diff: bad input', () => {
  const invalidRuleSet = () => writeJson(tempDir(), 'L5.json', l5('1.1.0', (ruleSet) => (market(ruleSet).severity = 'fatal')));
  const unknownFact = () => writeJson(tempDir(), 'L5.json', l5('1.1.0', (ruleSet) => (market(ruleSet).conditions.all[0].fact = 'priceQuoteCount')));
  const invalidLegal = () => {
    const legal = read(LEGAL_FILE);
    legal.entries[0].verified = 'yes';
    return writeJson(tempDir(), 'legal-data.json', legal);
  };
  const notJson = () => {
    const path = join(tempDir(), 'L5.json');
    writeFileSync(path, '{ "rules": ');
    return path;
  };
  const neither = () => writeJson(tempDir(), 'dossier.json', { title: 'Đề án' });
  const emptyDir = () => tempDir();
  const duplicated = () => {
    const dir = tempDir();
    writeJson(dir, 'L5.json', l5('1.0.0'));
    writeJson(dir, 'L5-copy.json', l5('1.0.0'));
    return dir;
  };

  it.each([
    ['a missing file', () => '/nonexistent/L5.json', ['/nonexistent/L5.json', 'ENOENT']],
    ['an invalid rule set', invalidRuleSet, ['L5.json', 'L5-market-prices', 'severity']],
    ['a rule naming an unknown fact', unknownFact, ['L5.json', 'L5-market-prices', 'priceQuoteCount']],
    ['invalid legal data', invalidLegal, ['legal-data.json', 'entries[0].verified']],
    ['a file that is not JSON', notJson, ['L5.json', 'is not valid JSON']],
    ['a file that is neither a rule set nor legal data', neither, ['dossier.json', 'is neither a rule set']],
    ['a directory with no rules', emptyDir, ['holds no L*.json or legal-data.json']],
    ['a directory holding one rule set twice', duplicated, ['are both rule set khuyencong/L5']],
  ])('exits 2 naming the file for %s', async (_case, make, expected) => {
    const path = make();
    for (const args of [
      ['rules', 'diff', path, L5_FILE, '--locale', 'en'],
      ['rules', 'diff', L5_FILE, path, '--locale', 'en'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(EXIT.invalid);
      expect(stdout).toBe('');
      for (const text of expected) expect(stderr).toContain(text);
    }
  });

  it('carries the catalogue id and params of the problem, worded in the requested locale', async () => {
    await expect(loadRulesInput('/nonexistent/L5.json', 'vi')).rejects.toMatchObject({
      name: 'RulesInputError',
      messageId: 'diff.input.cannotReadPath',
      params: { path: '/nonexistent/L5.json', reason: 'ENOENT' },
      message: 'Không đọc được /nonexistent/L5.json (ENOENT)',
    });
    await expect(loadRulesInput(invalidLegal(), 'en')).rejects.toMatchObject({
      messageId: 'diff.input.invalidLegalData',
      params: { issues: [{ path: 'entries[0].verified', code: 'invalid_type' }] },
    });
  });

  it('exits 2 when the two sides hold nothing comparable', async () => {
    const { code, stderr } = await run(['rules', 'diff', L5_FILE, LEGAL_FILE, '--locale', 'en']);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain(`Nothing to compare: ${L5_FILE} holds rule sets, ${LEGAL_FILE} holds legal data`);
  });

  it('exits 2 in Vietnamese by default', async () => {
    const { code, stderr } = await run(['rules', 'diff', '/nonexistent/L5.json', L5_FILE]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('Không đọc được /nonexistent/L5.json (ENOENT)');
  });

  it.each([
    ['no second input', ['rules', 'diff', L5_FILE]],
    ['no inputs', ['rules', 'diff']],
    ['a third input', ['rules', 'diff', L5_FILE, L5_FILE, L5_FILE]],
    ['an unknown subcommand', ['rules', 'compare', L5_FILE, L5_FILE]],
    ['no subcommand', ['rules']],
  ])('exits 2 with the usage for %s', async (_case, args) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toBe('');
    expect(stderr).toContain('khuyencong rules diff <a> <b>');
  });

  it('is described in the help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('khuyencong rules diff <a> <b>');
    expect(stdout).toContain('legal-data.json');
  });
});
