import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { plainKeyWrapper, type KeyWrapper } from '../../main/crypto/key-store';
import { createMemoryLogger } from '../../main/log';
import type { Role } from '../../shared/domain/roles';
import { ok, signedIn } from '../helpers/api';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { createFakeClock } from '../helpers/clock';

/**
 * What protects the field key reaches the administrator (Paramètres → Sauvegardes) through the backups
 * overview (`api.backups.list`), and nobody else (issue 18, point 8). Cores are started as the shells start them: browser mode with the plain
 * wrapper; the desktop with what `desktopFieldKey` would pass (here without Electron: a stand-in wrapper and
 * the store it names).
 */

/** Reversible and visibly not the key: enough for the key store; the store's name is what is reported. */
const keyringWrapper: KeyWrapper = {
  kind: 'safeStorage',
  wrap: async (key) => Buffer.concat([Buffer.from('kr:'), Buffer.from(key.map((byte) => byte ^ 0x5a))]),
  unwrap: async (wrapped) => ({ key: Buffer.from(wrapped.subarray(3).map((byte) => byte ^ 0x5a)), rewrap: false }),
};

let dataDir: string;
let core: Core | null = null;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'passerelle-key-protection-'));
});
afterEach(async () => {
  await core?.close();
  core = null;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(fieldKey: Parameters<typeof createCore>[0]['fieldKey']): Promise<Core> {
  core = await createCore({ dataDir, clock: createFakeClock(), logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey });
  return core;
}

describe('the key protection reported to the administrator', () => {
  it('browser mode: a plain file, no system keyring, nothing offered', async () => {
    const browser = await start({ wrapper: plainKeyWrapper });
    const admin = await signedIn(browser, ['admin']);
    const overview = ok(await admin.api.backups.list());
    expect({ keyProtection: overview.keyProtection, keyringOffered: overview.keyringOffered, systemKeyring: overview.systemKeyring }).toEqual({
      keyProtection: 'plainFile',
      keyringOffered: false,
      systemKeyring: 'none',
    });
  });

  it('the desktop on Windows: the key under DPAPI', async () => {
    const desktop = await start({ wrapper: keyringWrapper, systemKeyring: 'windowsDpapi' });
    const admin = await signedIn(desktop, ['admin']);
    expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'keyring', keyringOffered: false, systemKeyring: 'windowsDpapi' });
  });

  it('the desktop on Linux with only basic_text: a plain file, the store named, no offer', async () => {
    const desktop = await start({ wrapper: plainKeyWrapper, fallback: 'keyringObfuscationOnly', systemKeyring: 'linuxBasicText' });
    const admin = await signedIn(desktop, ['admin']);
    expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'plainFile', keyringOffered: false, systemKeyring: 'linuxBasicText' });
  });

  it('a key basic_text wrapped is reported as obfuscated, never as the keyring', async () => {
    const desktop = await start({ wrapper: keyringWrapper, systemKeyring: 'linuxBasicText' });
    const admin = await signedIn(desktop, ['admin']);
    expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'obfuscated', keyringOffered: false, systemKeyring: 'linuxBasicText' });
  });

  it('is refused to every other role, and to a caller who is not signed in', async () => {
    const desktop = await start({ wrapper: plainKeyWrapper, fallback: 'plainKeyFile', keyring: keyringWrapper, systemKeyring: 'windowsDpapi' });
    const others: Role[][] = [['coordinator'], ['teacher'], ['housing']];
    for (const roles of others) {
      const user = await signedIn(desktop, roles);
      const answer = await user.api.backups.list();
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(JSON.stringify(answer)).not.toContain('windowsDpapi');
    }
    const { signedOut } = await import('../helpers/api');
    expect(await signedOut(desktop).backups.list()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // The administrator gets it, with the offer.
    const admin = await signedIn(desktop, ['admin']);
    expect(ok(await admin.api.backups.list())).toMatchObject({ keyProtection: 'plainFile', keyringOffered: true, systemKeyring: 'windowsDpapi' });
  });

  it('refuses a list call carrying anything (strict input)', async () => {
    const desktop = await start({ wrapper: plainKeyWrapper });
    const admin = await signedIn(desktop, ['admin']);
    const { unchecked } = await import('../helpers/api');
    expect(await unchecked(admin.api).backups.list({ systemKeyring: 'windowsDpapi' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
