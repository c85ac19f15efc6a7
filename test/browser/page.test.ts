// The browser example (examples/browser/) in real headless Chromium: built with its own build.mjs,
// served over HTTP, driven with playwright-core. Any console error or uncaught page error fails.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, pageDir } from '../../examples/browser/build.mjs';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = '/tmp/khuyencong-browser.png';
// Hang catchers, not speed limits: Chromium on a loaded 2-core machine can take many seconds per step.
const STEP_TIMEOUT = 30_000;
const TEST_TIMEOUT = 90_000;

const haveChromium = existsSync(CHROMIUM);
const skipReason = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser test`;
if (!haveChromium && !process.env['CI']) console.warn(`test/browser/page.test.ts skipped — ${skipReason}`);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 with an OS-chosen port; nothing outside `dir`. */
async function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

if (!haveChromium && process.env['CI']) {
  describe('browser example in headless Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(`${skipReason}. CI is set, so this is a failure, not a skip: add it to .ci/run.`);
    });
  });
}

describe.skipIf(!haveChromium)('browser example in headless Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl: string;
  /** Console errors and uncaught exceptions of the page, since the last check. */
  const problems: string[] = [];
  /** Rejects at the first console error or page error, so that a waiting step fails at once with it instead of timing out. */
  let reportProblem: (problem: string) => void = () => {};
  const brokenPage = new Promise<never>((_, reject) => {
    reportProblem = (problem) => {
      problems.push(problem);
      reject(new Error(`the page reported an error: ${problem}`));
    };
  });
  brokenPage.catch(() => {}); // observed through unlessBroken()

  function unlessBroken<T>(step: Promise<T>): Promise<T> {
    return Promise.race([step, brokenPage]);
  }

  /** Waits until the `data-testid` element's text is `expected` (re-rendering is debounced and asynchronous). */
  async function waitForText(testId: string, expected: string): Promise<void> {
    await unlessBroken(
      page.waitForFunction(
        ({ testId, expected }) => document.querySelector(`[data-testid="${testId}"]`)?.textContent === expected,
        { testId, expected },
        { timeout: STEP_TIMEOUT },
      ),
    );
  }

  async function finding(ruleId: string): Promise<{ status: string | null; message: string; text: string }> {
    const card = page.getByTestId(`finding-${ruleId}`);
    await unlessBroken(card.waitFor({ state: 'attached', timeout: STEP_TIMEOUT }));
    return {
      status: await card.getAttribute('data-status'),
      message: (await card.getByTestId('message').textContent()) ?? '',
      text: (await card.textContent()) ?? '',
    };
  }

  async function editDossier(change: (dossier: Record<string, unknown>) => void): Promise<void> {
    const dossier = JSON.parse(await page.getByTestId('dossier').inputValue()) as Record<string, unknown>;
    change(dossier);
    await page.getByTestId('dossier').fill(JSON.stringify(dossier, null, 2));
  }

  beforeAll(async () => {
    await build();
    ({ server, url: baseUrl } = await serveStatic(pageDir.replace(/[\\/]$/, '')));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timeout: 60_000,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') reportProblem(`console.error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => reportProblem(`page error: ${error.stack ?? error.message}`));
    page.on('requestfailed', (request) => reportProblem(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 30_000 });
  }, 120_000);

  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen, 'console errors or page errors in the browser').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }, TEST_TIMEOUT);

  it('renders the example dossier: score 99, verdict "cần bổ sung", L5-market-prices failing', async () => {
    await waitForText('score', '99');
    const verdict = page.getByTestId('verdict');
    expect(await verdict.textContent()).toBe('cần bổ sung');
    expect(await verdict.getAttribute('data-verdict')).toBe('needs-work');
    expect(await page.getByTestId('lesson-L5-score').textContent()).toBe('93/100');

    const marketPrices = await finding('L5-market-prices');
    expect(marketPrices.status).toBe('fail');
    expect(marketPrices.message).toBe('Máy đóng gói bánh cáy có 2 báo giá; cần ít nhất 3 báo giá cho mỗi thiết bị.');
    expect(marketPrices.text).toContain('−1,4 điểm');
    expect(marketPrices.text).toContain('Khắc phục: Thu thập đủ 3 báo giá độc lập');
    expect(marketPrices.text).toContain('(chưa kiểm chứng)');
    expect(await page.getByTestId('finding-L5-market-prices').isVisible()).toBe(true);
    expect(await page.getByTestId('error').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  }, TEST_TIMEOUT);

  it('switches to English', async () => {
    await page.getByTestId('locale').selectOption('en');
    await waitForText('verdict', 'needs work');
    const marketPrices = await finding('L5-market-prices');
    expect(marketPrices.message).toContain('Máy đóng gói bánh cáy has 2 price quotes');
    expect(marketPrices.text).toContain('−1.4 points');
    expect(await page.getByTestId('score').textContent()).toBe('99');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('load-example').textContent()).toBe('Load the example');
  }, TEST_TIMEOUT);

  it('re-evaluates as the dossier is edited: a third price quote makes the score 100 and the finding pass', async () => {
    await editDossier((dossier) => {
      const lines = (dossier['budget'] as { lines: { item?: string; priceQuotes?: number }[] }).lines;
      const line = lines.find((candidate) => candidate.priceQuotes === 2);
      expect(line?.item).toBe('Máy đóng gói bánh cáy');
      line!.priceQuotes = 3;
    });
    await waitForText('score', '100');
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('ready');
    expect((await finding('L5-market-prices')).status).toBe('pass');
  }, TEST_TIMEOUT);

  it('shows malformed JSON, then an impossible date at its path, instead of a report', async () => {
    await page.getByTestId('dossier').fill('{ "format": "khuyencong.dossier/1", ');
    await unlessBroken(page.getByTestId('error').waitFor({ state: 'visible', timeout: STEP_TIMEOUT }));
    expect(await page.getByTestId('error-title').textContent()).toBe('The JSON cannot be read');
    expect(await page.getByTestId('report').isHidden()).toBe(true);

    await page.getByTestId('locale').selectOption('vi');
    await page.getByTestId('dossier').fill(JSON.stringify({ format: 'khuyencong.dossier/1', approvedOn: '2024-02-30' }, null, 2));
    await waitForText('error-path', 'approvedOn');
    expect(await page.getByTestId('error-title').textContent()).toBe('Hồ sơ không hợp lệ (1 lỗi)');
    expect(await page.getByTestId('error-message').textContent()).toContain('phải là một ngày có thật');
    expect(await page.getByTestId('report').isHidden()).toBe(true);
  }, TEST_TIMEOUT);

  it('loads the weak draft and the example again with the buttons', async () => {
    await page.getByTestId('load-weak').click();
    await waitForText('verdict', 'chưa đạt');
    expect(await page.getByTestId('as-of').inputValue()).toBe('2026-04-01');
    expect(await page.getByTestId('error').isHidden()).toBe(true);

    await page.getByTestId('load-example').click();
    await waitForText('score', '99');
    expect(await page.getByTestId('as-of').inputValue()).toBe('2024-12-01');
    expect((await finding('L5-market-prices')).status).toBe('fail');
  }, TEST_TIMEOUT);
});
