import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { TEAM_CACHE_FILE } from '../../electron/services/team/team-cache';
import { tempDir } from '../support/in-process';
import { signInThroughBrowser } from './journey';
import { recordPageErrors, startTestHost, useChromium, type TestHost } from './harness';

/** What a save that was cut off leaves: the start of the file, and no end. */
const cutOff = (dataDir: string, file: string, text: string) =>
  fs.writeFileSync(path.join(dataDir, file), text);

describe('damaged files in the data folder, in Chromium', () => {
  const chromium = useChromium();
  let host: TestHost;
  let page: Page;
  let errors: string[];
  const open = async (dataDir: string) => {
    host = await startTestHost(dataDir);
    page = await chromium.browser.newPage({ locale: 'en-US' });
    errors = recordPageErrors(page);
    await page.goto(host.url);
  };
  afterEach(async () => {
    await page?.close();
    await host?.close();
  });

  it('wizard: a progress file cut off mid-save reopens at the same step, and says so once', async () => {
    const dataDir = tempDir();
    cutOff(
      dataDir,
      'settings.json',
      '{"schemaVersion":2,"language":"en","role":"invitee","minimumZoomVersion":"6.0.0","zoomClientId":null}',
    );
    cutOff(
      dataDir,
      'wizard-progress.json',
      '{"schemaVersion":1,"currentStep":"install-app","completed":["welcome","find-email","activate","sign-in"],' +
        '"skipped":[],"selfReported":[],"answers":{"activationPath":"new","signInMethod":"email"},"invitation":null,"upd',
    );
    await open(dataDir);

    await page.getByRole('heading', { level: 1, name: /^Step 5 of 9: Get the Zoom app/ }).waitFor();
    const notice =
      'Your saved place in the steps was damaged, so ReadyRoom kept what it could still read.';
    expect(await page.getByText(notice).count()).toBe(1);
    const list = page.getByRole('navigation', { name: 'Your steps' });
    expect(await list.getByText(/done/).count()).toBe(4);
    await page
      .getByRole('status')
      .filter({ hasText: notice })
      .getByRole('button', { name: 'OK, got it' })
      .click();
    await page.getByText(notice).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('dashboard: a settings file and a team copy cut off mid-save: it opens, says what to set again, and the team loads', async () => {
    const dataDir = tempDir();
    cutOff(
      dataDir,
      'settings.json',
      '{"schemaVersion":2,"language":"en","role":"admin","minimumZoomVersion":"6.0.0","zoomClientId":"Org_Cl',
    );
    cutOff(dataDir, TEAM_CACHE_FILE, '{"format":"readyroom-team-cache","version":1,"people":');
    await open(dataDir);

    await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
    await page.getByText(/Your saved settings were damaged/).waitFor();
    await page
      .getByText(/your team's Zoom app \(its client ID\)\. Please set them again\./)
      .waitFor();

    await signInThroughBrowser(page, 'Sign in with Zoom', nonprofitPeople.owner.email);
    await page.getByText(/^Done\. ReadyRoom read \d+ people from Zoom\.$/).waitFor();
    expect(await page.locator('tr[data-row]').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });
});
