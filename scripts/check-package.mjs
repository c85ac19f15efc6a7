// Package quality: what users get from `npm install khuyencong`, checked the way they use it.
// Usage: npm run build && node scripts/check-package.mjs   (`npm run check:package`)
//
// It builds nothing: it packs the existing build (`npm pack --ignore-scripts`), then
//   1. the tarball holds only package.json, README.md, LICENSE, CHANGELOG.md, dist/**, the assembled
//      rules/*.json and rules/changelog/** (not the per-rule sources rules/<lesson>/), schemas/**,
//      and every file users need;
//   2. publint (strict, every suggestion counts) and @arethetypeswrong/cli (strict profile: node10,
//      node16 from CJS, node16 from ESM, bundler) find no problem in that tarball;
//   3. fresh projects in the temp directory install the tarball and prove that an ESM import, a CJS
//      require, the CLI bin, and TypeScript consumers (node16 ESM and CJS, bundler, node10) work
//      and type-check, and that a deliberate type error is reported (the types are not `any`).
// One PASS/FAIL line per check; exit 1 on any failure. The temp directory is removed on success
// and kept (its path printed) on failure.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const TYPESCRIPT = 'typescript@~5.9.3';
const isWindows = process.platform === 'win32';

// ── reporting ────────────────────────────────────────────────────────────────────────────────────
let failures = 0;
function pass(name, detail) {
  console.log(`PASS  ${name}${detail ? ` — ${detail}` : ''}`);
}
function fail(name, detail) {
  failures += 1;
  console.log(`FAIL  ${name}`);
  if (detail) console.log(indent(detail));
}
function indent(text) {
  return String(text)
    .trimEnd()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
/** Runs one check: `fn` returns a detail string (PASS) or throws (FAIL). Returns whether it passed. */
async function check(name, fn) {
  try {
    pass(name, await fn());
    return true;
  } catch (error) {
    fail(name, error instanceof Error ? error.message : String(error));
    return false;
  }
}

// ── processes ────────────────────────────────────────────────────────────────────────────────────
// A child npm must not inherit the settings `npm run` puts in the environment for this project
// (local prefix, package fields, lifecycle), or it could act on the repository instead of the
// temp project. Registry, cache and certificate settings stay.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_config_call$|npm_command$|INIT_CWD$)/i.test(key),
  ),
);
Object.assign(childEnv, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' });

function run(command, args, { cwd, env = {}, timeoutMs = 300_000, input } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...childEnv, ...env }, shell: isWindows && /^np[mx]$/.test(command), windowsHide: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n(timed out after ${timeoutMs / 1000} s)`;
      child.kill();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}
const output = ({ stdout, stderr }) => [stdout.trim(), stderr.trim()].filter(Boolean).join('\n');
function expectSuccess(result, what) {
  if (result.code !== 0) throw new Error(`${what} exited with ${result.code}\n${output(result)}`);
  return result;
}

// ── 0. the build to pack ─────────────────────────────────────────────────────────────────────────
if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
  fail('build present', 'dist/ is missing or incomplete: run `npm run build` first (this script builds nothing).');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'khuyencong-package-'));
console.log(`khuyencong ${pkg.version}: package checks in ${work}`);

// ── 1. npm pack and the file list ────────────────────────────────────────────────────────────────
let tarball;
let packedFiles = [];
await check('npm pack', async () => {
  mkdirSync(join(work, 'pack'));
  // --ignore-scripts: pack the build as it is (prepack would rebuild, and print into the JSON).
  const result = expectSuccess(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', join(work, 'pack')], { cwd: root }), 'npm pack');
  const [info] = JSON.parse(result.stdout);
  tarball = join(work, 'pack', info.filename);
  packedFiles = info.files.map((file) => file.path.replaceAll('\\', '/')).sort();
  if (!existsSync(tarball)) throw new Error(`npm pack reported ${info.filename}, which is not there`);
  return `${info.filename}, ${packedFiles.length} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`;
});
if (!tarball) finish();

await check('tarball holds only package.json, README.md, LICENSE, CHANGELOG.md, dist/**, rules/*.json, rules/changelog/**, schemas/**', () => {
  // The per-rule sources (rules/L5/*.json) stay out: "./rules/*.json" would export them too.
  const allowed = (path) =>
    ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(path) || /^(dist|schemas|rules\/changelog)\//.test(path) || /^rules\/[^/]+\.json$/.test(path);
  const extra = packedFiles.filter((path) => !allowed(path));
  if (extra.length > 0) throw new Error(`unexpected files:\n${extra.join('\n')}`);
});

// The lessons as the built library knows them, so the rule-set list is not written out here again.
const { LESSON_IDS } = await import(pathToFileURL(join(root, 'dist/index.js')).href);

await check('tarball holds every file users need', () => {
  const schemas = readdirSync(join(root, 'schemas')).filter((name) => name.endsWith('.json'));
  if (schemas.length === 0) throw new Error('no schemas/*.json in the repository');
  const flavours = (base) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `${base}.${ext}`);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    ...flavours('dist/index'),
    ...flavours('dist/diff'),
    ...flavours('dist/shims/jsonpath-plus'),
    ...flavours('dist/shims/eventemitter2'),
    'dist/cli.js',
    ...[...LESSON_IDS, 'legal-data'].map((name) => `rules/${name}.json`),
    ...schemas.map((name) => `schemas/${name}`),
  ];
  const missing = required.filter((path) => !packedFiles.includes(path));
  if (missing.length > 0) throw new Error(`missing:\n${missing.join('\n')}`);
  return `${required.length} required files present`;
});

await check('package.json needs no correction at publish (`npm pkg fix` changes nothing)', async () => {
  // `npm publish` runs the same fixes and only warns ("npm auto-corrected some errors…"), e.g. it
  // rewrites a bin path "./dist/cli.js" to "dist/cli.js". Run them on a copy and compare.
  const dir = join(work, 'pkg-fix');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  expectSuccess(await run('npm', ['pkg', 'fix'], { cwd: dir }), 'npm pkg fix');
  const fixed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const keys = [...new Set([...Object.keys(pkg), ...Object.keys(fixed)])];
  const changed = keys.filter((key) => JSON.stringify(pkg[key]) !== JSON.stringify(fixed[key]));
  if (changed.length > 0) {
    throw new Error(changed.map((key) => `${key}: ${JSON.stringify(pkg[key])} → ${JSON.stringify(fixed[key])}`).join('\n'));
  }
});

// ── 2. publint and attw on the tarball ───────────────────────────────────────────────────────────
await check('publint --strict (errors, warnings and suggestions all count)', async () => {
  const bytes = readFileSync(tarball);
  const { messages, pkg: packedPkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
    level: 'suggestion',
  });
  if (messages.length > 0) {
    throw new Error(messages.map((message) => `${message.type}: ${formatMessage(message, packedPkg, { color: false }) ?? message.code}`).join('\n'));
  }
  return 'no messages';
});

await check('@arethetypeswrong/cli, strict profile (node10, node16 CJS, node16 ESM, bundler)', async () => {
  const attwDir = dirname(require.resolve('@arethetypeswrong/cli/package.json'));
  const attwBin = join(attwDir, require('@arethetypeswrong/cli/package.json').bin.attw);
  // The strict profile is attw's default and checks every resolution mode, node10 included:
  // `typesVersions` in package.json gives node10 (`moduleResolution: node`) the subpath entries.
  const result = await run(process.execPath, [attwBin, tarball, '--profile', 'strict', '--format', 'ascii', '--no-emoji', '--no-color'], { cwd: work });
  if (result.code !== 0) throw new Error(`attw exited with ${result.code}\n${output(result)}`);
  return 'no problems';
});

// ── 3. fresh consumer projects ───────────────────────────────────────────────────────────────────
const dossierSource = join(root, 'examples', 'dossier-example.json');
const tsOptions = {
  target: 'ES2022',
  // A browser app's settings: DOM, and no @types/node (the library entry must not need Node's types).
  lib: ['ES2022', 'DOM'],
  types: [],
  strict: true,
  esModuleInterop: true,
  skipLibCheck: false, // check the shipped .d.ts / .d.cts themselves, not only their use
  noEmit: true,
};
const projects = {
  esm: { type: 'module', typescript: false },
  cjs: { type: 'commonjs', typescript: false },
  'ts-node16-esm': { type: 'module', typescript: true },
  'ts-node16-cjs': { type: 'commonjs', typescript: true },
  'ts-bundler': { type: 'module', typescript: true },
};

const installed = {};
await Promise.all(
  Object.entries(projects).map(async ([name, project]) => {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `khuyencong-consumer-${name}`, version: '0.0.0', private: true, type: project.type }, null, 2)}\n`);
    copyFileSync(dossierSource, join(dir, 'dossier.json'));
    const args = ['install', tarball, ...(project.typescript ? [TYPESCRIPT] : []), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'];
    installed[name] = { dir, result: await run('npm', args, { cwd: dir }) };
  }),
);
for (const [name, { dir, result }] of Object.entries(installed)) {
  await check(`install the tarball into a fresh ${name} project${projects[name].typescript ? ` (with ${TYPESCRIPT})` : ''}`, () => {
    expectSuccess(result, `npm install in ${dir}`);
    const installedPkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'khuyencong', 'package.json'), 'utf8'));
    if (installedPkg.version !== pkg.version) throw new Error(`installed khuyencong ${installedPkg.version}, expected ${pkg.version}`);
  });
}
const ready = (name) => installed[name]?.result.code === 0;

// The expectations every runtime consumer checks, in one place.
const EXPECT = { asOf: '2024-12-01', score: 99, ruleId: 'L5-market-prices', status: 'fail', version: pkg.version };

// ── (a) ESM ──
if (ready('esm')) {
  const dir = installed.esm.dir;
  writeFileSync(
    join(dir, 'consumer.mjs'),
    `import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEvaluator, evaluate, safeEvaluate, formatReportText, DossierSchema, ReportSchema, RuleSetSchema, DossierValidationError, LIBRARY_VERSION } from 'khuyencong';
import { diffRuleSets, hasRuleSetChanges, requiredVersion } from 'khuyencong/diff';
import { JSONPath } from 'khuyencong/shims/jsonpath-plus';
import { EventEmitter2 } from 'khuyencong/shims/eventemitter2';
import L5 from 'khuyencong/rules/L5.json' with { type: 'json' };
import dossierJsonSchema from 'khuyencong/schemas/dossier.schema.json' with { type: 'json' };
import packageJson from 'khuyencong/package.json' with { type: 'json' };

const EXPECT = ${JSON.stringify(EXPECT)};
const dossier = JSON.parse(readFileSync('dossier.json', 'utf8'));
DossierSchema.parse(dossier);

const report = await evaluate(dossier, { asOf: EXPECT.asOf });
assert.equal(report.score, EXPECT.score, 'score');
const finding = report.findings.find((f) => f.ruleId === EXPECT.ruleId);
assert.ok(finding, EXPECT.ruleId + ' in the findings');
assert.equal(finding.status, EXPECT.status, EXPECT.ruleId + ' status');
assert.ok(ReportSchema.safeParse(report).success, 'the report matches ReportSchema');
assert.equal(report.library.version, EXPECT.version, 'library version stamped on the report');
assert.match(formatReportText(report), new RegExp(EXPECT.score + '/100'), 'formatReportText');

const english = await createEvaluator({ locale: 'en' }).evaluate(dossier, { asOf: EXPECT.asOf });
assert.equal(english.score, EXPECT.score, 'score (reused evaluator, en)');
const rejected = await safeEvaluate({ approvedOn: '2024-02-30' });
assert.ok(!rejected.success && rejected.error instanceof DossierValidationError && rejected.error.issues.length > 0, 'safeEvaluate rejects a malformed dossier');
assert.equal(LIBRARY_VERSION, EXPECT.version, 'LIBRARY_VERSION');

const l5 = RuleSetSchema.parse(L5);
assert.equal(l5.id, 'khuyencong/L5', 'rules/L5.json');
assert.equal(hasRuleSetChanges(diffRuleSets(l5, l5).ruleSets[0]), false, 'khuyencong/diff: no change between identical rule sets');
assert.equal(typeof requiredVersion, 'function');
assert.equal(dossierJsonSchema.type, 'object', 'schemas/dossier.schema.json');
assert.equal(packageJson.version, EXPECT.version, 'khuyencong/package.json');
assert.throws(() => JSONPath(), /not available/, 'shims/jsonpath-plus');
assert.equal(typeof new EventEmitter2().emitAsync, 'function', 'shims/eventemitter2');

// A host's extensions, as a province's script would use them: a rule off, a parameter, an async fact.
const { object, boolean } = await import('zod');
const tuned = createEvaluator({
  rules: { [EXPECT.ruleId]: 'off' },
  parameters: { 'L5-regular-inspection': { maxGapDays: 60 } },
  facts: [{
    name: 'craftVillageRegistry',
    description: { vi: 'Làng nghề được công nhận', en: 'Recognised craft village' },
    schema: object({ recognised: boolean() }),
    compute: async () => ({ recognised: true }),
  }],
});
const tunedReport = await tuned.evaluate(dossier, { asOf: EXPECT.asOf });
assert.equal(tunedReport.findings.some((f) => f.ruleId === EXPECT.ruleId), false, 'rules: off');
assert.deepEqual(tunedReport.overrides.parameters, { 'L5-regular-inspection': { maxGapDays: 60 } }, 'parameters stamped');
assert.equal(tunedReport.overrides.facts[0].name, 'craftVillageRegistry', 'host fact stamped');
console.log('score ' + report.score + ', ' + EXPECT.ruleId + ' ' + finding.status + ', ' + report.findings.length + ' findings; extensions ok');
`,
  );
  await check("ESM: import 'khuyencong', 'khuyencong/diff', the shims, rules/L5.json and schemas/dossier.schema.json (with { type: 'json' })", async () =>
    expectSuccess(await run(process.execPath, ['consumer.mjs'], { cwd: dir }), 'node consumer.mjs').stdout.trim(),
  );

  // ── (c) the CLI bin ──
  // npm_config_yes=false (npx --no, which cannot precede the command here without npx taking
  // `--version` for itself): use the installed bin, never download a package of that name.
  const npx = (...args) => run('npx', args, { cwd: dir, env: { npm_config_yes: 'false' } });
  await check('CLI: the bin is installed as node_modules/.bin/khuyencong', () => {
    const bin = join(dir, 'node_modules', '.bin', isWindows ? 'khuyencong.cmd' : 'khuyencong');
    if (!existsSync(bin)) throw new Error(`${bin} is missing`);
    const cli = readFileSync(join(dir, 'node_modules', 'khuyencong', 'dist', 'cli.js'), 'utf8');
    if (!cli.startsWith('#!/usr/bin/env node\n')) throw new Error('dist/cli.js does not start with #!/usr/bin/env node');
  });
  await check('CLI: npx khuyencong evaluate dossier.json --format json', async () => {
    const result = expectSuccess(await npx('khuyencong', 'evaluate', 'dossier.json', '--format', 'json'), 'npx khuyencong evaluate');
    const report = JSON.parse(result.stdout);
    if (typeof report.score !== 'number' || !Array.isArray(report.findings) || report.findings.length === 0) throw new Error(`not a report:\n${result.stdout.slice(0, 500)}`);
    return `exit 0, score ${report.score}, verdict ${report.verdict}, ${report.findings.length} findings`;
  });
  await check(`CLI: npx khuyencong evaluate dossier.json --format json --as-of ${EXPECT.asOf} gives score ${EXPECT.score}`, async () => {
    const result = expectSuccess(
      await npx('khuyencong', 'evaluate', 'dossier.json', '--format', 'json', '--as-of', EXPECT.asOf),
      'npx khuyencong evaluate --as-of',
    );
    const report = JSON.parse(result.stdout);
    const finding = report.findings.find((f) => f.ruleId === EXPECT.ruleId);
    if (report.score !== EXPECT.score || finding?.status !== EXPECT.status) throw new Error(`score ${report.score}, ${EXPECT.ruleId} ${finding?.status}`);
  });
  await check('CLI: npx khuyencong --version prints the package version', async () => {
    const printed = expectSuccess(await npx('khuyencong', '--version'), 'npx khuyencong --version').stdout.trim();
    if (printed !== pkg.version) throw new Error(`printed ${JSON.stringify(printed)}, expected ${pkg.version}`);
    return printed;
  });
}

// ── (b) CJS ──
if (ready('cjs')) {
  const dir = installed.cjs.dir;
  writeFileSync(
    join(dir, 'consumer.cjs'),
    `const assert = require('node:assert/strict');
const { createEvaluator, evaluate, formatReportText, DossierSchema, ReportSchema, RuleSetSchema, DossierValidationError, LIBRARY_VERSION } = require('khuyencong');
const { diffRuleSets, hasRuleSetChanges } = require('khuyencong/diff');
const { JSONPath } = require('khuyencong/shims/jsonpath-plus');
const { EventEmitter2 } = require('khuyencong/shims/eventemitter2');
const L5 = require('khuyencong/rules/L5.json');
const dossierJsonSchema = require('khuyencong/schemas/dossier.schema.json');
const EXPECT = ${JSON.stringify(EXPECT)};

(async () => {
  const dossier = require('./dossier.json');
  DossierSchema.parse(dossier);
  const report = await evaluate(dossier, { asOf: EXPECT.asOf });
  assert.equal(report.score, EXPECT.score, 'score');
  const finding = report.findings.find((f) => f.ruleId === EXPECT.ruleId);
  assert.ok(finding, EXPECT.ruleId + ' in the findings');
  assert.equal(finding.status, EXPECT.status, EXPECT.ruleId + ' status');
  assert.ok(ReportSchema.safeParse(report).success, 'the report matches ReportSchema');
  assert.match(formatReportText(report), new RegExp(EXPECT.score + '/100'), 'formatReportText');
  const english = await createEvaluator({ locale: 'en' }).evaluate(dossier, { asOf: EXPECT.asOf });
  assert.equal(english.score, EXPECT.score, 'score (reused evaluator, en)');
  await assert.rejects(evaluate({ approvedOn: '2024-02-30' }), (error) => error instanceof DossierValidationError && error.issues.length > 0);
  assert.equal(LIBRARY_VERSION, EXPECT.version, 'LIBRARY_VERSION');
  const l5 = RuleSetSchema.parse(L5);
  assert.equal(hasRuleSetChanges(diffRuleSets(l5, l5).ruleSets[0]), false, 'khuyencong/diff');
  assert.equal(dossierJsonSchema.type, 'object', 'schemas/dossier.schema.json');
  assert.throws(() => JSONPath(), /not available/, 'shims/jsonpath-plus');
  assert.equal(typeof new EventEmitter2().emitAsync, 'function', 'shims/eventemitter2');
  console.log('score ' + report.score + ', ' + EXPECT.ruleId + ' ' + finding.status + ', ' + report.findings.length + ' findings');
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`,
  );
  await check("CJS: require('khuyencong'), 'khuyencong/diff', the shims, rules/L5.json and schemas/dossier.schema.json", async () =>
    expectSuccess(await run(process.execPath, ['consumer.cjs'], { cwd: dir }), 'node consumer.cjs').stdout.trim(),
  );
}

// ── (d) TypeScript consumers ──
// consumer.ts must type-check; wrong.ts must fail with errors on exactly the lines marked
// `// expect-error`, and nowhere else (proof that the types are real, not `any`).
const CONSUMER_TS = `import {
  createEvaluator,
  evaluate,
  safeEvaluate,
  formatReportText,
  DossierSchema,
  ReportSchema,
  DossierValidationError,
  OptionsError,
  LIBRARY_VERSION,
  type Dossier,
  type EvaluatorOptions,
  type Evaluator,
  type Finding,
  type Locale,
  type Report,
  type SafeEvaluateResult,
  type Severity,
  type ValidationIssue,
  type Verdict,
} from 'khuyencong';
import { checkVersionBump, diffRuleSets, hasRuleSetChanges, type RuleSetsDiff } from 'khuyencong/diff';

const locale: Locale = 'en';
const options: EvaluatorOptions = {
  locale,
  asOf: '2024-12-01',
  referenceDate: new Date(),
  parameters: { 'L5-regular-inspection': { maxGapDays: 60 } },
  scoring: { severityWeights: { critical: 10 }, readyAt: 90 },
};
const evaluator: Evaluator = createEvaluator(options);

export async function failing(input: unknown): Promise<Finding[]> {
  const dossier: Dossier = DossierSchema.parse(input);
  const report: Report = await evaluator.evaluate(dossier, { locale: 'vi' });
  const score: number = report.score;
  const verdict: Verdict = report.verdict;
  const severities: Severity[] = report.findings.map((finding) => finding.severity);
  console.log(score, verdict, severities, formatReportText(report), ReportSchema.parse(report).score, LIBRARY_VERSION);
  return report.findings.filter((finding) => finding.status === 'fail');
}

export async function issuesOf(input: unknown): Promise<readonly ValidationIssue[]> {
  const result: SafeEvaluateResult = await safeEvaluate(input, { asOf: '2024-12-01' });
  if (result.success) {
    const report: Report = result.report;
    console.log(report.findings.length);
    return [];
  }
  if (result.error instanceof DossierValidationError) return result.error.issues;
  if (result.error instanceof OptionsError) {
    const option: string = result.error.option;
    console.log(option);
  }
  const message: string = result.error.message;
  console.log(message);
  return [];
}

export async function paths(input: unknown): Promise<string[]> {
  try {
    await evaluate(input);
    return [];
  } catch (error) {
    if (error instanceof DossierValidationError) return error.issues.map((issue) => issue.path + ': ' + issue.code + ' ' + issue.message);
    throw error;
  }
}

export function changed(before: Evaluator, after: Evaluator): boolean {
  const diff: RuleSetsDiff = diffRuleSets(before.ruleSets, after.ruleSets);
  console.log(checkVersionBump(before.ruleSets, after.ruleSets));
  return diff.ruleSets.some(hasRuleSetChanges);
}
`;
const WRONG_TS = `import { createEvaluator, safeEvaluate, type Report } from 'khuyencong';

createEvaluator({ locale: 'fr' }); // expect-error: 'fr' is not a Locale
export async function wrong(report: Report): Promise<void> {
  const score: string = report.score; // expect-error: score is a number
  const result = await safeEvaluate({});
  console.log(score, result.report); // expect-error: not narrowed by result.success
}
`;
// bundler projects can also import the JSON files through the exports map.
const BUNDLER_EXTRA = `
import L5 from 'khuyencong/rules/L5.json' with { type: 'json' };
import dossierJsonSchema from 'khuyencong/schemas/dossier.schema.json' with { type: 'json' };
export const ruleIds: string[] = L5.rules.map((rule) => rule.id);
export const schemaTitle: string = dossierJsonSchema.title;
`;

const tsChecks = [
  { project: 'ts-node16-esm', label: 'module node16, moduleResolution node16, "type": "module"', options: { module: 'node16', moduleResolution: 'node16' } },
  { project: 'ts-node16-cjs', label: 'module node16, moduleResolution node16, "type": "commonjs"', options: { module: 'node16', moduleResolution: 'node16' } },
  { project: 'ts-bundler', label: 'module esnext, moduleResolution bundler (+ JSON imports)', options: { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true }, extra: BUNDLER_EXTRA },
  // The same CJS project, seen by TypeScript's legacy resolution (`moduleResolution: node`):
  // subpaths resolve through typesVersions.
  { project: 'ts-node16-cjs', label: 'module commonjs, moduleResolution node10', options: { module: 'commonjs', moduleResolution: 'node10' }, config: 'node10' },
];

for (const { project, label, options, extra = '', config = 'main' } of tsChecks) {
  if (!ready(project)) continue;
  const dir = installed[project].dir;
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const compilerOptions = { ...tsOptions, ...options };
  writeFileSync(join(dir, `consumer.${config}.ts`), CONSUMER_TS + extra);
  writeFileSync(join(dir, `wrong.${config}.ts`), WRONG_TS);
  writeFileSync(join(dir, `tsconfig.${config}.json`), `${JSON.stringify({ compilerOptions, files: [`consumer.${config}.ts`] }, null, 2)}\n`);
  writeFileSync(join(dir, `tsconfig.${config}.wrong.json`), `${JSON.stringify({ compilerOptions, files: [`wrong.${config}.ts`] }, null, 2)}\n`);

  await check(`TypeScript (${label}): tsc --noEmit on a consumer of the public types`, async () => {
    expectSuccess(await run(process.execPath, [tsc, '--noEmit', '-p', `tsconfig.${config}.json`], { cwd: dir }), 'tsc');
    return `typescript ${JSON.parse(readFileSync(join(dir, 'node_modules', 'typescript', 'package.json'), 'utf8')).version}`;
  });
  await check(`TypeScript (${label}): deliberate type errors (locale: 'fr', …) are reported`, async () => {
    const result = await run(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', `tsconfig.${config}.wrong.json`], { cwd: dir });
    const expected = WRONG_TS.split('\n')
      .map((line, index) => (line.includes('// expect-error') ? index + 1 : 0))
      .filter(Boolean);
    const reported = [...result.stdout.matchAll(/^wrong\.\w+\.ts\((\d+),\d+\): error TS\d+/gm)].map((match) => Number(match[1]));
    const unexpected = result.stdout.split('\n').filter((line) => /error TS/.test(line) && !/^wrong\.\w+\.ts\(\d+,\d+\): error/.test(line));
    if (result.code === 0) throw new Error('tsc accepted code with type errors: the types are too loose (any?)');
    const missing = expected.filter((line) => !reported.includes(line));
    const stray = reported.filter((line) => !expected.includes(line));
    if (missing.length > 0 || stray.length > 0 || unexpected.length > 0) {
      throw new Error(`expected errors on lines ${expected.join(', ')} of wrong.${config}.ts only\n${output(result)}`);
    }
    if (!/'"fr"'|"fr"/.test(result.stdout)) throw new Error(`the locale error does not name "fr"\n${output(result)}`);
    return `${reported.length} errors, on the expected lines`;
  });
}

finish();

function finish() {
  if (failures > 0) {
    console.log(`\n${failures} check(s) failed. Temp projects kept for inspection: ${work}`);
    process.exit(1);
  }
  rmSync(work, { recursive: true, force: true });
  console.log('\nAll package checks passed.');
  process.exit(0);
}
