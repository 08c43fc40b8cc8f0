import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, signedIn } from '../helpers/api';
import { TEST_PASSWORD } from '../helpers/core';
import { readPeople, SEEDED_PEOPLE, seedHousing, startCore, tempDir } from '../helpers/startup';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(label: string): string {
  const dir = tempDir(label);
  folders.push(dir);
  return dir;
}

/** An installation with people, a verified backup of it, and its recovery kit. */
async function firstInstallation(): Promise<{ dataDir: string; backup: string; kit: string }> {
  const dataDir = folder('first-pc');
  const core = await startCore(dataDir);
  try {
    await seedHousing(core);
    const admin = await signedIn(core, ['admin']);
    const kit = ok(await admin.api.backups.exportRecoveryKit({ password: TEST_PASSWORD, passphrase: 'la phrase du premier PC' })).file.content;
    const backup = ok(await admin.api.backups.create()).name;
    return { dataDir, backup, kit };
  } finally {
    await core.close();
  }
}

describe('a backup made with another key', () => {
  it('is restored on a new PC together with the key from its recovery kit, and only with the right kit', async () => {
    const first = await firstInstallation();
    // The new PC: a fresh install made its own key and an administrator; the old backup is copied in.
    const dataDir = folder('new-pc');
    const core = await startCore(dataDir);
    try {
      const admin = await signedIn(core, ['admin']);
      const ownKit = ok(await admin.api.backups.exportRecoveryKit({ password: TEST_PASSWORD, passphrase: 'la phrase du nouveau PC' })).file.content;
      mkdirSync(join(dataDir, 'backups'), { recursive: true });
      for (const name of [first.backup, first.backup.replace(/\.sqlite$/, '.manifest.json')]) {
        copyFileSync(join(first.dataDir, 'backups', name), join(dataDir, 'backups', name));
      }
      expect(ok(await admin.api.backups.list()).backups.find((item) => item.name === first.backup)).toMatchObject({ verified: true, sameKey: false });

      expect(await admin.api.backups.restore({ name: first.backup })).toMatchObject({ ok: false, error: { reason: 'backupOtherKey' } });
      expect(await admin.api.backups.restore({ name: first.backup, kit: { kit: first.kit, passphrase: 'pas la bonne phrase' } })).toMatchObject({
        ok: false,
        error: { fields: [{ path: 'passphrase', issue: 'wrong_passphrase' }] },
      });
      expect(await admin.api.backups.restore({ name: first.backup, kit: { kit: ownKit, passphrase: 'la phrase du nouveau PC' } })).toMatchObject({
        ok: false,
        error: { fields: [{ path: 'kit', issue: 'kit_other_installation' }] },
      });
      // Nothing changed so far: the new PC's own key, and still signed in.
      expect(readdirSync(join(dataDir, 'keys'))).toEqual(['field-key']);
      expect(ok(await admin.api.auth.status()).user).not.toBeNull();

      const restored = ok(await admin.api.backups.restore({ name: first.backup, kit: { kit: first.kit, passphrase: 'la phrase du premier PC' } }));
      expect(restored.savedAs).toMatch(/^passerelle-/);
      expect(await readPeople(core)).toEqual(SEEDED_PEOPLE);
      // The new PC's key is kept aside: the backup "avant restauration" needs it.
      const keys = readdirSync(join(dataDir, 'keys')).sort();
      expect(keys).toHaveLength(2);
      expect(keys[0]).toBe('field-key');
      expect(keys[1]).toMatch(/^field-key\.replaced-/);
    } finally {
      await core.close();
    }
    // The next start opens the restored records with the kit's key.
    const again = await startCore(dataDir);
    try {
      expect(again.problem).toBeNull();
      expect(await readPeople(again)).toEqual(SEEDED_PEOPLE);
    } finally {
      await again.close();
    }
  });
});
