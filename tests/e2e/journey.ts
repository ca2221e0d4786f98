import { callSandboxControl, type SandboxHandle } from '../support/sandbox-control';
import type { BrowserContext, Page } from 'playwright-core';
import { sandboxOrganisation } from '../../electron/sandbox/constants';
import { encodeInvitationLink, type InvitationPack } from '../../shared/invitation-pack';
import type { InviteeRole } from '../../shared/readiness-hosting';
import { stepNumber, type WizardStepId } from '../../shared/wizard';
import type { TestHost } from './harness';

/** The pack the demo admin (Maria at Riverside Food Bank) would send this person. */
export function demoPack(email: string, role: InviteeRole = 'member'): InvitationPack {
  return {
    format: 'readyroom-invitation',
    version: 1,
    organisation: { name: sandboxOrganisation.name, zoomAccountId: sandboxOrganisation.accountId },
    admin: { name: 'Maria Lopez', email: 'maria.lopez@riverside.example.org' },
    invitee: { email, role },
    issuedAt: new Date().toISOString(),
  };
}

/** Pastes the pack's readyroom: link into the welcome step. */
export async function openPack(page: Page, pack: InvitationPack, labels = english): Promise<void> {
  await page.getByLabel(labels.pasteLink).fill(encodeInvitationLink(pack));
  await page.getByRole('button', { name: labels.openLink }).click();
}

export const english = { pasteLink: 'Or paste the invitation link', openLink: 'Open the link' };

/** The person opens their invitation email in the sandbox's mailbox and follows "Activate Zoom Account". */
export async function openActivationPage(
  context: BrowserContext,
  sandboxUrl: string,
  email: string,
): Promise<Page> {
  const mail = await context.newPage();
  await mail.goto(`${sandboxUrl}/_sandbox/mailbox?to=${encodeURIComponent(email)}`);
  await mail.getByRole('link', { name: 'Activate Zoom Account' }).first().click();
  await mail.waitForLoadState();
  return mail;
}

/** A new person activates with a name and a password that follows Zoom's rules. */
export async function activateNewAccount(page: Page, first: string, last: string): Promise<void> {
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByLabel('Password', { exact: true }).fill('Riverside2026go');
  await page.getByLabel('Type the password again').fill('Riverside2026go');
  await page.getByRole('button', { name: 'Activate' }).click();
  await page.waitForLoadState();
}

/**
 * Plays the system browser during "Sign in with Zoom": the app opens Zoom's page in a new tab;
 * the person picks who they are and presses Allow; the tab then says to go back to ReadyRoom.
 */
export async function signInThroughBrowser(
  page: Page,
  buttonName: string | RegExp,
  email: string,
): Promise<void> {
  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: buttonName }).click();
  const zoom = await popup;
  await zoom.waitForLoadState();
  await zoom.getByRole('button', { name: new RegExp(email.replace(/[.]/g, '\\.')) }).click();
  await zoom.getByRole('button', { name: 'Allow' }).click();
  await zoom.getByText(/go back to ReadyRoom|vuelva a ReadyRoom/i).waitFor();
  await zoom.close();
}

/** Tells the sandbox that this person signed in to the Zoom app (sets last_client_version). */
export async function signInToZoomApp(sandbox: SandboxHandle, email: string): Promise<void> {
  const res = await callSandboxControl(sandbox, '/_sandbox/app-signin', { email });
  if (!res.ok) throw new Error(`app-signin failed: ${res.status}`);
}

/** A computer where the Zoom app is installed (for the "Get the Zoom app" check). */
export const computerWithZoom = {
  platform: 'linux' as const,
  env: {},
  homeDir: '/home/test',
  fileExists: async (file: string) => file === '/opt/zoom/zoom',
  readText: async () => '6.2.5.1234',
  run: async () => null,
};

/** Opens the wizard at a step, as if the person had got there before (progress is saved). */
export async function openWizardStep(
  page: Page,
  host: TestHost,
  step: WizardStepId,
): Promise<void> {
  const { handlers } = host.composed.backend;
  await handlers.updateSettings({ role: 'invitee' });
  await handlers.saveWizardProgress({ currentStep: step });
  await page.goto(host.url);
  const { number, total } = stepNumber(step);
  await page
    .getByRole('heading', { level: 1, name: new RegExp(`^Step ${number} of ${total}`) })
    .waitFor();
}
