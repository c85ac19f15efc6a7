// The Fastify host example (examples/fastify/app.mjs) over real HTTP on the loopback interface.
// The library is injected from src/ so the test needs no build; the example itself imports the
// built package by name, as a host would.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, DEFAULT_BODY_LIMIT } from '../../examples/fastify/app.mjs';
import type { Report } from '../../src/index.js';

type FastifyApp = Awaited<ReturnType<typeof buildApp>>;

const EXAMPLE_PATH = fileURLToPath(new URL('../../examples/dossier-example.json', import.meta.url));
const exampleDossier = (): any => JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));
/** The date the README's example report is made on (the score depends on it). */
const AS_OF = '2024-12-01';
/** A hang catcher, not a speed limit (vitest's testTimeout, 60 s, bounds each test). */
const PER_REQUEST_TIMEOUT_MS = 30_000;

let library: typeof import('../../src/index.js');
let app: FastifyApp;
let base: string;

beforeAll(async () => {
  library = await import('../../src/index.js');
  app = await buildApp({ library });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  expect(new URL(base).hostname).toBe('127.0.0.1');
});

afterAll(async () => {
  await app?.close();
});

interface Sent {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  json: any;
}

async function send(path: string, init: RequestInit = {}): Promise<Sent> {
  const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(PER_REQUEST_TIMEOUT_MS) });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    contentType,
    headers: response.headers,
    text,
    json: contentType.startsWith('application/json') ? JSON.parse(text) : undefined,
  };
}

function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  return send(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function failing(report: Report) {
  return report.findings.filter((finding) => finding.status === 'fail');
}

describe('POST /evaluate', () => {
  it('returns the report of the example dossier: 99, needs work, one missing price quote', async () => {
    const { status, contentType, headers, json } = await postJson(`/evaluate?asOf=${AS_OF}`, exampleDossier());
    expect(status).toBe(200);
    expect(contentType).toBe('application/json; charset=utf-8');
    expect(headers.get('content-language')).toBe('vi');
    const report = json as Report;
    expect(library.ReportSchema.safeParse(report).success).toBe(true);
    expect(report.score).toBe(99);
    expect(report.verdict).toBe('needs-work');
    expect(report.locale).toBe('vi');
    expect(report.asOf).toBe(AS_OF);
    expect(failing(report).map((finding) => finding.ruleId)).toEqual(['L5-market-prices']);
    expect(failing(report)[0]!.message).toBe('Máy đóng gói bánh cáy có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.');
  });

  it('answers in English for ?locale=en', async () => {
    const { status, headers, json } = await postJson(`/evaluate?asOf=${AS_OF}&locale=en`, exampleDossier());
    expect(status).toBe(200);
    expect(headers.get('content-language')).toBe('en');
    const report = json as Report;
    expect(report.locale).toBe('en');
    expect(failing(report)[0]!.message).toBe(
      'Máy đóng gói bánh cáy has 2 price quotes; at least 3 are required for each item of equipment.',
    );
  });

  it('takes the locale from Accept-Language when the query has none, by quality', async () => {
    const english = await postJson(`/evaluate?asOf=${AS_OF}`, exampleDossier(), { 'accept-language': 'fr-FR, en-GB;q=0.8, vi;q=0.5' });
    expect(english.status).toBe(200);
    expect((english.json as Report).locale).toBe('en');
    const vietnamese = await postJson(`/evaluate?asOf=${AS_OF}`, exampleDossier(), { 'accept-language': 'en;q=0.3, vi-VN' });
    expect((vietnamese.json as Report).locale).toBe('vi');
    const neither = await postJson(`/evaluate?asOf=${AS_OF}`, exampleDossier(), { 'accept-language': 'de, fr' });
    expect((neither.json as Report).locale).toBe('vi');
    const queryWins = await postJson(`/evaluate?asOf=${AS_OF}&locale=vi`, exampleDossier(), { 'accept-language': 'en' });
    expect((queryWins.json as Report).locale).toBe('vi');
  });

  it('renders the text report for ?format=text', async () => {
    const { status, contentType, text } = await postJson(`/evaluate?asOf=${AS_OF}&format=text`, exampleDossier());
    expect(status).toBe(200);
    expect(contentType).toBe('text/plain; charset=utf-8');
    expect(text).toContain('Điểm: 99/100');
    expect(text).toContain('L5-market-prices');
    const english = await postJson(`/evaluate?asOf=${AS_OF}&format=text&locale=en`, exampleDossier());
    expect(english.text).toContain('Score: 99/100');
  });

  it('honours ?referenceDate=', async () => {
    const { status, json } = await postJson(`/evaluate?asOf=${AS_OF}&referenceDate=2024-06-01`, exampleDossier());
    expect(status).toBe(200);
    expect((json as Report).referenceDate).toEqual({ date: '2024-06-01', source: 'option' });
  });

  it('rejects a malformed dossier with 400 and every issue with its path', async () => {
    const dossier = exampleDossier();
    dossier.approvedOn = '2024-02-30';
    dossier.budget.lines[1].amount = -220000000;
    const { status, headers, json } = await postJson(`/evaluate?asOf=${AS_OF}`, dossier);
    expect(status).toBe(400);
    expect(headers.get('content-language')).toBe('vi');
    expect(json.error).toBe('invalid-dossier');
    const issues = json.issues as { path: string; code: string; message: string }[];
    expect(issues.map((issue) => issue.path).sort()).toEqual(['approvedOn', 'budget.lines[1].amount']);
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue]));
    expect(byPath.approvedOn).toMatchObject({ code: 'invalid_date' });
    expect(byPath.approvedOn!.message).toContain('ngày có thật');
    expect(byPath['budget.lines[1].amount']).toMatchObject({ code: 'too_small' });
    expect(byPath['budget.lines[1].amount']!.message).toBe('không được là số âm, nhận được -220000000');
  });

  it('gives the issues in English for ?locale=en', async () => {
    const { status, headers, json } = await postJson(`/evaluate?locale=en`, { approvedOn: '2024-02-30', budget: { lines: [{ amount: -5 }] } });
    expect(status).toBe(400);
    expect(headers.get('content-language')).toBe('en');
    expect(json.error).toBe('invalid-dossier');
    expect(json.issues).toEqual([
      { path: 'approvedOn', code: 'invalid_date', message: expect.stringContaining('must be a real calendar date') },
      { path: 'budget.lines[0].amount', code: 'too_small', message: 'must not be negative, got -5' },
    ]);
  });

  it('rejects a body that is not a JSON object as an invalid dossier', async () => {
    for (const body of [[1, 2], null, 'a string']) {
      const { status, json } = await postJson('/evaluate', body);
      expect(status).toBe(400);
      expect(json.error).toBe('invalid-dossier');
      expect(json.issues[0].path).toBe('(dossier)');
    }
  });

  it('answers 400 invalid-json for a body that is not JSON, is empty, or is missing', async () => {
    const broken = await send('/evaluate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": "x",' });
    expect(broken.status).toBe(400);
    expect(broken.json).toEqual({ error: 'invalid-json', message: expect.any(String) });
    const empty = await send('/evaluate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toBe('invalid-json');
    const missing = await send('/evaluate', { method: 'POST' });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toBe('invalid-json');
    const poisoned = await send('/evaluate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"__proto__": {"admin": true}}',
    });
    expect(poisoned.status).toBe(400);
    expect(poisoned.json.error).toBe('invalid-json');
  });

  it('answers 415 for a body that is not sent as JSON', async () => {
    const body = JSON.stringify(exampleDossier());
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const { status, json } = await send('/evaluate', { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(status, contentType).toBe(415);
      expect(json.error).toBe('unsupported-media-type');
    }
  });

  it('answers 400 invalid-option naming the option for a bad asOf, referenceDate, locale or format', async () => {
    const asOf = await postJson('/evaluate?asOf=2024-13-01', exampleDossier());
    expect(asOf.status).toBe(400);
    expect(asOf.json).toEqual({ error: 'invalid-option', option: 'asOf', message: expect.stringContaining('2024-13-01') });
    const reference = await postJson(`/evaluate?asOf=${AS_OF}&referenceDate=yesterday`, exampleDossier());
    expect(reference.status).toBe(400);
    expect(reference.json).toMatchObject({ error: 'invalid-option', option: 'referenceDate' });
    const locale = await postJson('/evaluate?locale=fr', exampleDossier());
    expect(locale.status).toBe(400);
    expect(locale.json).toMatchObject({ error: 'invalid-option', option: 'locale' });
    const format = await postJson('/evaluate?format=xml', exampleDossier());
    expect(format.status).toBe(400);
    expect(format.json).toMatchObject({ error: 'invalid-option', option: 'format' });
    const repeated = await postJson('/evaluate?asOf=2024-12-01&asOf=2025-01-01', exampleDossier());
    expect(repeated.status).toBe(400);
    expect(repeated.json).toMatchObject({ error: 'invalid-option', option: 'asOf' });
  });

  it('answers 413 for a body over the limit, whether its length is declared or streamed', async () => {
    const oversized = JSON.stringify({ ...exampleDossier(), title: 'x'.repeat(DEFAULT_BODY_LIMIT) });
    expect(Buffer.byteLength(oversized)).toBeGreaterThan(DEFAULT_BODY_LIMIT);
    const declared = await send('/evaluate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: oversized });
    expect(declared.status).toBe(413);
    expect(declared.json).toEqual({ error: 'body-too-large', message: expect.any(String) });

    // Chunked, no Content-Length: the limit is enforced while reading.
    const bytes = new TextEncoder().encode(oversized);
    const chunk = 64 * 1024;
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(offset, offset + chunk));
        offset += chunk;
      },
    });
    const streamed = await send('/evaluate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(streamed.json.error).toBe('body-too-large');
  });

  it('gives each of 20 concurrent requests its own report', async () => {
    const evaluator = library.createEvaluator();
    const cases = Array.from({ length: 20 }, (_, index) => {
      const dossier = exampleDossier();
      dossier.id = `TB-CONCURRENT-${index}`;
      dossier.budget.lines[1].priceQuotes = index % 5; // 0…4 quotes: the market-price rule fails for 0–2
      if (index % 3 === 0) delete dossier.approvedOn; // a different reference date
      const locale = index % 2 === 0 ? 'vi' : 'en';
      return { dossier, locale } as const;
    });
    const responses = await Promise.all(
      cases.map(({ dossier, locale }) => postJson(`/evaluate?asOf=${AS_OF}&locale=${locale}`, dossier)),
    );
    const expected = await Promise.all(cases.map(({ dossier, locale }) => evaluator.evaluate(dossier, { asOf: AS_OF, locale })));
    for (const [index, response] of responses.entries()) {
      expect(response.status).toBe(200);
      const report = response.json as Report;
      expect(report.dossier.id).toBe(`TB-CONCURRENT-${index}`);
      expect(report.locale).toBe(cases[index]!.locale);
      expect(report).toEqual(JSON.parse(JSON.stringify(expected[index])));
    }
    const passesPrices = (report: Report) => report.findings.find((finding) => finding.ruleId === 'L5-market-prices')!.status;
    expect(responses.map((response) => passesPrices(response.json))).toEqual(
      cases.map(({ dossier }) => (dossier.budget.lines[1].priceQuotes >= 3 ? 'pass' : 'fail')),
    );
    expect(new Set(responses.map((response) => (response.json as Report).score)).size).toBeGreaterThan(1);
  });
});

describe('GET /health', () => {
  it('names the library and the five rule sets with their SHA-256 fingerprints', async () => {
    const { status, json } = await send('/health');
    expect(status).toBe(200);
    expect(json.status).toBe('ok');
    expect(json.library).toBe(library.LIBRARY_VERSION);
    expect(json.ruleSets).toHaveLength(5);
    expect(json.ruleSets.map((ruleSet: { id: string }) => ruleSet.id)).toEqual([
      'khuyencong/L1',
      'khuyencong/L2',
      'khuyencong/L3',
      'khuyencong/L4',
      'khuyencong/L5',
    ]);
    for (const ruleSet of json.ruleSets) {
      expect(ruleSet).toEqual({ id: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+$/), fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    }
    expect(json.legalData).toEqual({ version: expect.any(String), fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });

    // The same stamps a report carries: a client can tell which rules will judge its dossier.
    const { json: report } = await postJson(`/evaluate?asOf=${AS_OF}`, exampleDossier());
    expect(json.ruleSets).toEqual(
      (report as Report).ruleSets.map(({ id, version, fingerprint }) => ({ id, version, fingerprint })),
    );
    expect(json.legalData).toEqual({ version: (report as Report).legalData.version, fingerprint: (report as Report).legalData.fingerprint });
  });

  it('answers unknown routes with the same error shape', async () => {
    const { status, json } = await send('/nowhere');
    expect(status).toBe(404);
    expect(json).toEqual({ error: 'not-found', message: expect.any(String) });
  });
});

// What a host runs: no injection, `import('khuyencong')` resolved by the package's self-reference to
// the built dist/. Only when dist/ is built (CI builds before testing).
const BUILT = existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)));
describe.skipIf(!BUILT)('the example with the built package', () => {
  it('imports khuyencong by name and serves the same rules', async () => {
    const hosted = await buildApp();
    try {
      const address = await hosted.listen({ host: '127.0.0.1', port: 0 });
      const response = await fetch(`${address}/health`, { signal: AbortSignal.timeout(PER_REQUEST_TIMEOUT_MS) });
      expect(response.status).toBe(200);
      const health = (await response.json()) as { status: string; ruleSets: unknown[] };
      expect(health.status).toBe('ok');
      expect(health.ruleSets).toHaveLength(5);
    } finally {
      await hosted.close();
    }
  });
});
