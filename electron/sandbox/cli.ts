import { parseArgs } from 'node:util';
import type { Logger } from '../../shared/logger';
import {
  rateLimitTiers,
  sandboxScenarioNames,
  type RateLimitTier,
  type SandboxScenarioName,
} from './constants';
import { zoomApiVersions, type ZoomApiVersion } from './pagination';
import { startSandbox } from './server';

/** One line per entry on stderr, so that stdout keeps the address people and scripts read. */
const log: Logger = {
  info: (message, detail) => writeLine('info', message, detail),
  warn: (message, detail) => writeLine('warn', message, detail),
  error: (message, detail) => writeLine('error', message, detail),
};

function writeLine(level: string, message: string, detail?: Record<string, unknown>): void {
  const extra = detail ? ` ${JSON.stringify(detail)}` : '';
  process.stderr.write(`[sandbox] ${level}: ${message}${extra}\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function isScenario(value: string): value is SandboxScenarioName {
  return (sandboxScenarioNames as ReadonlyArray<string>).includes(value);
}

function isApiVersion(value: string): value is ZoomApiVersion {
  return (zoomApiVersions as ReadonlyArray<string>).includes(value);
}

function isTier(value: string): value is RateLimitTier {
  return (rateLimitTiers as ReadonlyArray<string>).includes(value);
}

/**
 * `npm run sandbox -- --port <n> --scenario <name> [--users <n>] [--rate-limits pro|business|off]
 * [--api-version 2023|2025]`
 */
async function main(): Promise<void> {
  let values: {
    port?: string;
    scenario?: string;
    users?: string;
    'rate-limits'?: string;
    'api-version'?: string;
  };
  try {
    values = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        scenario: { type: 'string', default: 'nonprofit' },
        users: { type: 'string' },
        'rate-limits': { type: 'string', default: 'pro' },
        'api-version': { type: 'string', default: '2023' },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(
      `${error instanceof Error ? error.message : String(error)}. Use --port, --scenario, --users, --rate-limits and --api-version.`,
    );
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`"${values.port}" is not a port number. Use a number from 0 to 65535.`);
  const scenario = values.scenario ?? 'nonprofit';
  if (!isScenario(scenario))
    fail(
      `There is no scenario called "${scenario}". Choose one of: ${sandboxScenarioNames.join(', ')}.`,
    );
  const tier = values['rate-limits'] ?? 'pro';
  if (!isTier(tier))
    fail(`"${tier}" is not a rate-limit tier. Choose one of: ${rateLimitTiers.join(', ')}.`);
  const apiVersion = values['api-version'] ?? '2023';
  if (!isApiVersion(apiVersion))
    fail(
      `"${apiVersion}" is not a Zoom API file the sandbox follows. Choose one of: ${zoomApiVersions.join(', ')}.`,
    );
  const users = values.users === undefined ? undefined : Number(values.users);
  if (users !== undefined && (!Number.isInteger(users) || users < 1 || users > 20_000))
    fail(`"${values.users}" is not a number of users. Use a whole number from 1 to 20000.`);

  let sandbox;
  try {
    sandbox = await startSandbox({
      port,
      scenario,
      users,
      rateLimits: tier,
      apiVersion,
      log,
      // Whoever starts the sandbox may choose the control secret (the bench does); else a random one.
      ...(process.env.ZOOM_SANDBOX_CONTROL_SECRET
        ? { controlSecret: process.env.ZOOM_SANDBOX_CONTROL_SECRET }
        : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(
        `Port ${port} is already in use. Choose another port, or use --port 0 for any free port.`,
      );
    if (code === 'EACCES')
      fail(`This computer does not allow listening on port ${port}. Choose a port above 1024.`);
    fail(
      `The Zoom sandbox could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.stdout.write(`Zoom sandbox listening at ${sandbox.url}\n`);
  process.stdout.write(`Scenario "${scenario}". Mailbox: ${sandbox.url}/_sandbox/mailbox\n`);
  process.stdout.write(
    `Control endpoints (/_sandbox/reset, tokens, faults, clock…) need the header X-Sandbox-Control: ${sandbox.controlSecret}\n`,
  );
  const running = sandbox;
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
