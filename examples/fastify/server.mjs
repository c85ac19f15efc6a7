// Starts the khuyencong HTTP host: `npm run build` first (the app imports the built library), then
//   node examples/fastify/server.mjs                  # http://127.0.0.1:3000
//   HOST=0.0.0.0 PORT=8080 node examples/fastify/server.mjs
import { buildApp } from './app.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

const app = await buildApp({ logger: true });

let closing = false;
async function shutdown(signal) {
  if (closing) {
    // A second Ctrl-C: stop waiting for in-flight requests.
    app.log.warn(`${signal} again, exiting now`);
    process.exit(1);
  }
  closing = true;
  app.log.info(`${signal} received, closing (in-flight requests finish first)`);
  try {
    await app.close();
    process.exit(0);
  } catch (error) {
    app.log.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const address = await app.listen({ host, port });
  app.log.info(`khuyencong HTTP host listening on ${address} — POST ${address}/evaluate, GET ${address}/health`);
} catch (error) {
  app.log.error(error);
  process.exit(1);
}
