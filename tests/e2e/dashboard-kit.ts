import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { callSandboxControl, type SandboxHandle } from '../support/sandbox-control';
import type { TestHost } from './harness';

/** The demo sandbox's address inside a test host. */
export function sandboxUrl(host: TestHost): string {
  return demoSandbox(host).url;
}

/** The demo sandbox inside a test host (its address and control secret). */
export function demoSandbox(host: TestHost): SandboxHandle {
  const sandbox = host.composed.sandbox;
  if (!sandbox) throw new Error('The test host is not in demo mode.');
  return sandbox;
}

/** POSTs to one of the sandbox's /_sandbox control endpoints. */
export async function sandboxControl(
  host: TestHost,
  path: string,
  body: unknown,
): Promise<unknown> {
  const res = await callSandboxControl(demoSandbox(host), path, body);
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** The newest invitation email the sandbox "sent" to an address. */
export async function newestEmail(
  host: TestHost,
  to: string,
): Promise<{ activation_url: string; invitation_status: string } | undefined> {
  const res = await fetch(`${sandboxUrl(host)}/_sandbox/mailbox.json?to=${encodeURIComponent(to)}`);
  const { emails } = (await res.json()) as {
    emails: Array<{ activation_url: string; invitation_status: string }>;
  };
  return emails[0];
}

/**
 * Opens the dashboard as the owner: answers the first question, presses "Sign in with Zoom",
 * and plays the system browser in the tab the page opens (pick the owner, press Allow).
 */
export async function openDashboardAsOwner(page: Page, host: TestHost): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: /setting it up for my team/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in with Zoom' }).click();
  const zoom = await popup;
  await zoom.waitForLoadState();
  await zoom
    .getByRole('button', { name: new RegExp(nonprofitPeople.owner.email.replace(/\./g, '\\.')) })
    .click();
  await zoom.getByRole('button', { name: 'Allow' }).click();
  await zoom.waitForLoadState();
  await zoom.close();
  await page.getByText(/Last checked with Zoom/).waitFor();
}

/** Activates an invitation through its emailed link, as the invitee's form would post it. */
export async function activateInvitation(
  activationUrl: string,
  first: string,
  last: string,
): Promise<void> {
  const res = await fetch(activationUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      step: 'activate',
      first_name: first,
      last_name: last,
      password: 'Riverside2026go',
      confirm_password: 'Riverside2026go',
    }).toString(),
  });
  if (!res.ok) throw new Error(`activation answered ${res.status}`);
}

/** The text of each cell of the table row whose name button says `name`. */
export async function rowText(page: Page, name: string): Promise<string> {
  const row = page.locator('tr[data-row]', {
    has: page.getByRole('button', { name, exact: true }),
  });
  return (await row.innerText()).replace(/\s+/g, ' ');
}

/** What the team table's container measures: its width, and how wide its content is. */
export interface TableFit {
  readonly clientWidth: number;
  readonly scrollWidth: number;
  readonly tableWidth: number;
  readonly windowWidth: number;
  /** The page itself scrolls sideways. */
  readonly pageScrollWidth: number;
}

/** Measures the team table's scrolling container, as Chromium laid it out. */
export async function tableFit(page: Page): Promise<TableFit> {
  return page.evaluate(() => {
    const scroll = document.querySelector<HTMLElement>('.team-table-scroll');
    const table = scroll?.querySelector('table');
    return {
      clientWidth: scroll?.clientWidth ?? 0,
      scrollWidth: scroll?.scrollWidth ?? 0,
      tableWidth: table?.getBoundingClientRect().width ?? 0,
      windowWidth: window.innerWidth,
      pageScrollWidth: document.documentElement.scrollWidth,
    };
  });
}
