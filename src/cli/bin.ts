#!/usr/bin/env node
import { CLI_CATALOGUES } from '../i18n/catalogue/cli.js';
import { createSay } from '../i18n/say.js';
import { requestedLocale, runCli } from './run.js';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Destroyed once read or given up, so that a stdin that never ends does not keep the process alive.
  stdin: () => ({ chunks: process.stdin, close: () => process.stdin.destroy() }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${createSay(CLI_CATALOGUES)(requestedLocale(process.argv.slice(2)), 'cli.internalError', { detail })}\n`);
    process.exitCode = 70;
  },
);
