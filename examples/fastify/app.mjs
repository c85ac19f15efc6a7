// An HTTP host for khuyencong: POST /evaluate returns the report of a dossier, GET /health says
// which library and rule sets answer. One evaluator is built at startup (rule sets validated,
// engine built) and shared by every request.
//
//   import { buildApp } from './app.mjs';
//   const app = await buildApp({ logger: true });
//   await app.listen({ host: '127.0.0.1', port: 3000 });
import Fastify from 'fastify';

/** Fastify's default, stated: a dossier is a few kilobytes; anything past 1 MB is refused with 413. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const LOCALES = ['vi', 'en'];
const FORMATS = ['json', 'text'];

/**
 * The host's own words, as a catalogue in the library's shape (Vietnamese defines the ids,
 * English gives each); the library's own errors and issues come worded already.
 */
const WORDS = {
  vi: {
    'repeated-option': 'chỉ được nêu một lần',
    format: 'phải là "json" hoặc "text", nhận được {{value}}',
  },
  en: {
    'repeated-option': 'must be given once',
    format: 'must be "json" or "text", got {{value}}',
  },
};

/** How Fastify's own errors (raised before the handler runs) are answered: status and `error` code. */
const FRAMEWORK_ERRORS = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'invalid-json', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'invalid-json', message: 'The request body is empty; send the dossier as JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'invalid-content-length' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'body-too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported-media-type', message: 'Send the dossier as application/json' },
};

/**
 * The locale of a request: `?locale=` when given (the library checks it), else the first of
 * `vi`/`en` in Accept-Language by quality, else Vietnamese.
 */
function pickLocale(queryLocale, acceptLanguage) {
  if (queryLocale !== undefined) return queryLocale;
  if (typeof acceptLanguage !== 'string') return 'vi';
  let best;
  for (const [index, part] of acceptLanguage.split(',').entries()) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (!LOCALES.includes(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0)) continue;
    if (best === undefined || q > best.q || (q === best.q && index < best.index)) best = { locale: primary, q, index };
  }
  return best?.locale ?? 'vi';
}

class QueryOptionError extends Error {
  constructor(option, message) {
    super(message);
    this.option = option;
  }
}

/** One query-string value; a repeated parameter (`?asOf=a&asOf=b`) is refused rather than guessed at. */
function single(query, name, word) {
  const value = query[name];
  if (Array.isArray(value)) throw new QueryOptionError(name, word('repeated-option'));
  return value;
}

/**
 * The evaluation options and output format of a request. `locale` is passed on unchecked: the
 * library refuses a bad one with an OptionsError, like a bad `asOf` or `referenceDate`.
 */
function readQuery(query, acceptLanguage, say) {
  const locale = pickLocale(single(query, 'locale', (id) => say('vi', id)), acceptLanguage);
  const word = (id, params) => say(LOCALES.includes(locale) ? locale : 'vi', id, params);
  const format = single(query, 'format', word) ?? 'json';
  if (!FORMATS.includes(format)) throw new QueryOptionError('format', word('format', { value: JSON.stringify(format) }));
  const evaluateOptions = { locale };
  const asOf = single(query, 'asOf', word);
  const referenceDate = single(query, 'referenceDate', word);
  if (asOf !== undefined) evaluateOptions.asOf = asOf;
  if (referenceDate !== undefined) evaluateOptions.referenceDate = referenceDate;
  return { format, evaluateOptions };
}

/**
 * Builds the app (not listening yet).
 *
 * @param {object} [options]
 * @param {object} [options.library] the khuyencong module; default `await import('khuyencong')`
 * @param {object} [options.evaluatorOptions] passed to `createEvaluator` (parameters, scoring, rule sets…)
 * @param {number} [options.bodyLimit] the largest request body in bytes; default 1 MB
 * @param {boolean|object} [options.logger] Fastify's logger option; default off
 */
export async function buildApp(options = {}) {
  const library = options.library ?? (await import('khuyencong'));
  const { createEvaluator, createSay, formatReportText, say, DossierValidationError, OptionsError } = library;
  const hostSay = createSay(WORDS);

  // Built once: a bad rule set or parameter fails here, at startup, not on the first request.
  const evaluator = createEvaluator(options.evaluatorOptions ?? {});
  const { ruleSets, legalData, library: libraryStamp } = evaluator.stamp;
  const health = {
    status: 'ok',
    library: libraryStamp.version,
    ruleSets: ruleSets.map(({ id, version, fingerprint }) => ({ id, version, fingerprint })),
    legalData: { version: legalData.version, fingerprint: legalData.fingerprint },
  };

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });

  // Fastify parses text/plain by default; a dossier is JSON only, so anything else is a 415.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error, request, reply) => {
    const known = FRAMEWORK_ERRORS[error.code];
    if (known) {
      return reply.status(known.status).send({ error: known.error, message: known.message ?? error.message });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send({ error: 'bad-request', message: error.message });
    request.log.error(error);
    return reply.status(500).send({ error: 'internal-error', message: 'Internal server error' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'not-found', message: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );

  app.get('/health', async () => health);

  app.post('/evaluate', async (request, reply) => {
    reply.header('vary', 'accept-language');
    let parsed;
    try {
      parsed = readQuery(request.query ?? {}, request.headers['accept-language'], hostSay);
    } catch (error) {
      if (error instanceof QueryOptionError) {
        return reply.status(400).send({ error: 'invalid-option', option: error.option, message: error.message });
      }
      throw error;
    }
    const { format, evaluateOptions } = parsed;

    // A request without a body (no Content-Type, no length) reaches here with `undefined`.
    if (request.body === undefined) {
      return reply.status(400).send({ error: 'invalid-json', message: 'The request body is empty; send the dossier as JSON' });
    }

    const result = await evaluator.safeEvaluate(request.body, evaluateOptions);
    if (!result.success) {
      const { error } = result;
      if (error instanceof DossierValidationError) {
        const issuesLocale = error.locale;
        return reply
          .status(400)
          .header('content-language', issuesLocale)
          .send({ error: 'invalid-dossier', message: say(issuesLocale, error.code, error.params), issues: error.issues });
      }
      if (error instanceof OptionsError) {
        // Worded in the request's locale (Vietnamese when the locale itself is the bad option).
        return reply.status(400).send({ error: 'invalid-option', option: error.option, message: error.messageIn(error.locale) });
      }
      throw error;
    }

    const { report } = result;
    reply.header('content-language', report.locale);
    if (format === 'text') return reply.type('text/plain; charset=utf-8').send(formatReportText(report));
    return report;
  });

  return app;
}
