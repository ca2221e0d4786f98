import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');

describe('the packaged app', () => {
  const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
    appId: string;
    productName: string;
    asar: boolean;
    electronFuses: Record<string, boolean>;
    mac: { target: string[] };
    win: { target: string[] };
    linux: { target: string[] };
    protocols: Array<{ schemes: string[] }>;
    fileAssociations: Array<{ ext: string }>;
    publish: { provider: string };
  };

  it('is a configuration electron-builder accepts (its own JSON schema)', () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is ReadyRoom, packed in an asar, for every platform', () => {
    expect(config.productName).toBe('ReadyRoom');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.asar).toBe(true);
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('sets all 8 Electron fuses, file:// privileges off included', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('opens readyroom: links and .readyroom files', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['readyroom']);
    expect(config.fileAssociations.map((f) => f.ext)).toEqual(['readyroom']);
  });

  it('publishes to GitHub Releases, the feed the updater reads', () => {
    expect(config.publish.provider).toBe('github');
  });

  it('ships electron-store, electron-log and electron-updater; keytar stays optional', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      optionalDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['electron-store', 'electron-log', 'electron-updater']),
    );
    // keytar stays optional: `npm ci` works without libsecret.
    expect(Object.keys(pkg.optionalDependencies)).toEqual(['keytar']);
  });

  it('has a release workflow: each OS, signing when its secrets exist, published to Releases', () => {
    const text = fs.readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8');
    const workflow = parse(text) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        {
          strategy: { matrix: { include: Array<{ os: string; target: string }> } };
          steps: Array<{ run?: string }>;
        }
      >;
    };
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.strategy.matrix.include.map((m) => m.target)).toEqual(['--linux', '--mac', '--win']);
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toMatch(/electron-builder --config electron-builder.yml .* --publish always/);
    expect(runs).toMatch(/NOT signed/);
    expect(text).toContain('secrets.GITHUB_TOKEN');
  });
});
