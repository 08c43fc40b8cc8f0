import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './project-copy';

/*
 * Issue 18, points 2 and 3, read from electron-builder.yml as electron-builder 26 reads it (its own loader and
 * schema): nothing is ever published, and on Linux only the deb is built, because it keeps Chromium's sandbox.
 * The offline packaging run (offline-package.test.ts) checks what these settings produce in the packed app.
 */

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
});

/** What electron-builder's deb target substitutes in a template (FpmTarget's writeConfigFile): anything else throws. */
function renderLikeTheDebTarget(template: string, values: Record<string, string>): string {
  return template.replace(/\${([a-zA-Z]+)}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Macro ${name} is not defined`);
    return value;
  });
}

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder 26 (its schema refuses unknown keys, such as a misspelt fuse)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('publishes nowhere: no provider an upload could go to, and `npm run dist` passes --publish never', () => {
    // null (no feed at all) or `generic` only (an update feed the City serves itself: electron-builder has no
    // uploader for it, it only writes app-update.yml). Not undefined: a CI token would then pick GitHub.
    expect(config.publish).not.toBeUndefined();
    const providers = config.publish === null ? [] : [config.publish].flat().map((entry) => (typeof entry === 'string' ? entry : entry?.provider));
    expect(providers.filter((provider) => provider !== 'generic')).toEqual([]);
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dist).toMatch(/electron-builder .*--publish never/);
  });

  it('sets the fuses: app.asar only, and checked against its embedded hash (Windows, macOS)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds only the deb on Linux (electron-builder\'s AppImage starts Electron with --no-sandbox)', () => {
    expect(config.linux?.target).toEqual(['deb']);
    expect(config.appImage).toBeUndefined();
    for (const args of [config.linux?.executableArgs, config.deb?.executableArgs]) expect(args ?? []).not.toContain('--no-sandbox');
  });

  it('gives the deb an AppArmor profile that lets the installed executable use user namespaces (Ubuntu 24.04+)', () => {
    const profile = config.deb?.appArmorProfile;
    expect(profile).toBe('build/linux/apparmor-profile.tpl');
    const executable = config.linux?.executableName;
    expect(executable).toBe('passerelle');
    const rendered = renderLikeTheDebTarget(readFileSync(join(ROOT, profile!), 'utf8'), {
      executable: executable!,
      sanitizedProductName: config.productName!,
      productFilename: config.productName!,
    });
    expect(rendered).toContain('abi <abi/4.0>,');
    // The deb installs the app in /opt/<productName>/ (electron-builder's after-install script links /usr/bin to it).
    expect(rendered).toMatch(/^profile "passerelle" "\/opt\/Passerelle\/passerelle" flags=\(unconfined\) \{$/m);
    expect(rendered).toMatch(/^\s+userns,$/m);
  });
});
