import { randomBytes } from 'node:crypto';
import { createMemoryLogger } from '../../electron/services/log';
import {
  chooseSecretStore,
  defaultSecretStoreCandidates,
} from '../../electron/services/secrets/choose-secret-store';
import { loadKeytar, openKeytarStore } from '../../electron/services/secrets/keytar-secret-store';
import { secretServiceName } from '../../electron/services/secrets/secret-store';

/**
 * These tests use the real Secret Service over D-Bus through keytar. `.ci/run` installs libsecret,
 * runs the suite inside dbus-run-session with gnome-keyring unlocked, and sets
 * READYROOM_REQUIRE_KEYCHAIN=1: there they can never be skipped, and a missing keychain fails them.
 * On a machine without libsecret (keytar not built) or without a session bus they are skipped, and
 * say why, so the README's test command passes there too.
 */
const required = process.env.READYROOM_REQUIRE_KEYCHAIN === '1';
const missing = await loadKeytar().then(
  () =>
    process.env.DBUS_SESSION_BUS_ADDRESS
      ? null
      : 'there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset)',
  () => 'keytar is not installed (libsecret-1-dev was missing when npm ci ran)',
);
const how =
  "dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; npx vitest run tests/unit/secrets-keytar.test.ts'";
if (missing && !required) {
  console.warn(`Skipping the real-keychain tests: ${missing}. To run them: ${how}`);
}
beforeAll(() => {
  if (missing) throw new Error(`READYROOM_REQUIRE_KEYCHAIN=1 but ${missing}. Run: ${how}`);
});

const key = () => `test-${randomBytes(6).toString('hex')}`;

describe.skipIf(missing !== null && !required)(
  'the OS keychain through keytar (real Secret Service)',
  () => {
    it('proves itself with a probe and keeps, reads and deletes a secret', async () => {
      const store = await openKeytarStore();
      expect(store.backend).toBe('keychain');
      const name = key();
      expect(await store.get(name)).toBeNull();
      await store.set(name, 'refresh-token-value');
      expect(await store.get(name)).toBe('refresh-token-value');
      await store.set(name, 'rotated-value');
      expect(await store.get(name)).toBe('rotated-value');
      await store.delete(name);
      expect(await store.get(name)).toBeNull();
      await expect(store.delete(name)).resolves.toBeUndefined();
    });

    it('files secrets under the service name "ReadyRoom", where the next run finds them', async () => {
      const name = key();
      await (await openKeytarStore()).set(name, 'kept between runs');
      const keytar = (await loadKeytar()) as {
        default: { getPassword(s: string, a: string): Promise<string | null> };
      };
      expect(await keytar.default.getPassword(secretServiceName, name)).toBe('kept between runs');
      const nextRun = await openKeytarStore();
      expect(await nextRun.get(name)).toBe('kept between runs');
      await nextRun.delete(name);
    });

    it('leaves no probe entry behind', async () => {
      await openKeytarStore();
      const keytar = (await loadKeytar()) as {
        default: { findCredentials(s: string): Promise<Array<{ account: string }>> };
      };
      const left = await keytar.default.findCredentials(secretServiceName);
      expect(left.filter((c) => c.account.startsWith('probe-'))).toEqual([]);
    });

    it('is the store chosen first when it works', async () => {
      const chosen = await chooseSecretStore(
        defaultSecretStoreCandidates({}),
        createMemoryLogger(),
      );
      expect(chosen.store.backend).toBe('keychain');
      expect(chosen.notice).toBeNull();
      expect(chosen.skipped).toEqual([]);
    });
  },
);
