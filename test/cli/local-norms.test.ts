import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run.js';
import { thaiBinhNorms } from '../support/local-norms.js';
import { localProject } from '../support/scenarios.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
const HAI_DUONG_EXAMPLE = fileURLToPath(new URL('../../examples/local-norms/hai-duong-2023.json', import.meta.url));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'khuyencong-norms-'));
}

function write(directory: string, name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: () => ({ chunks: [] }) });
  return { code, stdout, stderr };
}

type JsonReport = { findings: { ruleId: string; status: string; message: string }[]; warnings: { code: string }[]; localNorms: { province: string }[] };

describe('khuyencong evaluate --local-norms', () => {
  const directory = tempDir();
  const dossier = write(directory, 'local.json', localProject());
  const norms = write(directory, 'thai-binh.json', thaiBinhNorms());

  it('holds a local project to the norms of the file, and stamps them', async () => {
    const { code, stdout, stderr } = await run(['evaluate', dossier, '--as-of', '2024-12-01', '--format', 'json', '--fail-on', 'none', '--local-norms', norms]);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(stdout) as JsonReport;
    const cap = report.findings.find((finding) => finding.ruleId === 'L5-support-cap')!;
    expect(cap.status).toBe('fail');
    expect(cap.message).toContain('(định mức chi của tỉnh Thái Bình)');
    expect(report.localNorms.map((stamp) => stamp.province)).toEqual(['Thái Bình']);
    expect(report.warnings.map((warning) => warning.code)).not.toContain('local-norms-missing');
  });

  it('takes the option more than once, and files holding a list', async () => {
    const list = write(directory, 'list.json', [thaiBinhNorms((n) => (n.province = 'Nam Định')), thaiBinhNorms((n) => (n.province = 'Hà Nam'))]);
    const { code, stdout } = await run(['evaluate', dossier, '--as-of', '2024-12-01', '--format', 'json', '--fail-on', 'none', '--local-norms', norms, '--local-norms', list]);
    expect(code).toBe(EXIT.ok);
    expect((JSON.parse(stdout) as JsonReport).localNorms.map((stamp) => stamp.province)).toEqual(['Thái Bình', 'Nam Định', 'Hà Nam']);
  });

  it('reads the shipped example', async () => {
    const { code, stderr } = await run(['evaluate', dossier, '--as-of', '2024-12-01', '--fail-on', 'none', '--local-norms', HAI_DUONG_EXAMPLE]);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
  });

  it('rejects a bad file naming the file and the path, in the locale asked for', async () => {
    const bad = write(directory, 'bad.json', thaiBinhNorms((n) => (n.caps['advanced-equipment']!.percent = 150)));
    const vi = await run(['evaluate', dossier, '--local-norms', bad]);
    expect(vi.code).toBe(EXIT.invalid);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(`Tệp định mức chi ${bad} không hợp lệ:\ncaps.advanced-equipment.percent: phải là số phần trăm từ 0 đến 100, nhận được 150\n`);
    const en = await run(['evaluate', dossier, '--local-norms', bad, '--locale', 'en']);
    expect(en.stderr).toBe(`The cost-norms file ${bad} is not valid:\ncaps.advanced-equipment.percent: must be a percentage from 0 to 100, got 150\n`);
  });

  it('rejects a file that is not JSON or cannot be read', async () => {
    const notJson = write(directory, 'not-json.json', '{ province: ');
    expect((await run(['evaluate', dossier, '--local-norms', notJson, '--locale', 'en'])).stderr).toContain(`${notJson} is not valid JSON`);
    const absent = join(directory, 'absent.json');
    const missing = await run(['evaluate', dossier, '--local-norms', absent, '--locale', 'en']);
    expect(missing.code).toBe(EXIT.invalid);
    expect(missing.stderr).toContain(`Cannot read ${absent}`);
  });

  it('names the files of two documents in force on the same days, and of an unknown province', async () => {
    const again = write(directory, 'again.json', thaiBinhNorms());
    const overlap = await run(['evaluate', dossier, '--local-norms', norms, '--local-norms', again, '--locale', 'en']);
    expect(overlap.code).toBe(EXIT.invalid);
    expect(overlap.stderr).toContain(`${again}: effectiveFrom: in force on the same days as ${norms}`);
    const misspelt = write(directory, 'misspelt.json', [thaiBinhNorms((n) => (n.province = 'Thái Bìhn'))]);
    const unknown = await run(['evaluate', dossier, '--local-norms', misspelt, '--locale', 'en']);
    expect(unknown.stderr).toContain(`${misspelt}[0]: province: is no province or centrally-run city on 1 Jan 2023`);
  });
});

// A node process that compiles TypeScript on start: no speed is assumed.
const PROCESS_TEST_TIMEOUT_MS = 120_000;

describe('the khuyencong executable with --local-norms', () => {
  it('exits 0 with the norms applied, 2 with a bad norms file', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
    const directory = tempDir();
    const dossier = write(directory, 'local.json', localProject());
    const norms = write(directory, 'thai-binh.json', thaiBinhNorms());
    const ok = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'evaluate', dossier, '--as-of', '2024-12-01', '--format', 'json', '--fail-on', 'none', '--local-norms', norms], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as JsonReport).localNorms).toHaveLength(1);
    const bad = write(directory, 'bad.json', { format: 'khuyencong.local-norms/1' });
    const failed = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'evaluate', dossier, '--local-norms', bad, '--locale', 'en'], { encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain(`The cost-norms file ${bad} is not valid:\nprovince: must be given`);
  });
});
