import { chromium, type Browser } from 'playwright-core';

/** The flags Chromium needs on this offline machine (no GPU, no sandbox, no calls home). */
const offlineArgs: ReadonlyArray<string> = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches Debian's Chromium (or CHROMIUM_PATH) for the end-to-end tests, the bench and the
 * screenshot script.
 */
export function launchChromium(extraArgs: ReadonlyArray<string> = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...extraArgs, ...offlineArgs],
  });
}
