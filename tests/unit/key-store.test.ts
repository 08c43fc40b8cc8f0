import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FieldKeyError } from '../../main/crypto/errors';
import { createFieldCipher } from '../../main/crypto/field-cipher';
import { fieldKeyPath, loadOrCreateFieldKey, plainKeyWrapper, readFieldKey, type KeyWrapper, type RewrapOutcome } from '../../main/crypto/key-store';

const posix = process.platform !== 'win32';

const made: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-keys-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for safeStorage: reversible, visibly not the plain key, and tied to a "machine" secret. */
function fakeSafeStorageWrapper(machine = Buffer.from('machine-secret')): KeyWrapper {
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => byte ^ machine[index % machine.length]!));
  return {
    kind: 'safeStorage',
    wrap: async (key) => Buffer.concat([Buffer.from('v10'), xor(key)]),
    unwrap: async (wrapped) => {
      if (!wrapped.subarray(0, 3).equals(Buffer.from('v10'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { key: xor(wrapped.subarray(3)), rewrap: false };
    },
  };
}

async function keyErrorCode(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldKeyError);
    return (error as FieldKeyError).code;
  }
  throw new Error('expected a FieldKeyError');
}

describe('field key store', () => {
  it('makes a 32-byte key on first use, in keys/field-key', async () => {
    const dir = dataDir();
    const { key, created } = await loadOrCreateFieldKey(dir, plainKeyWrapper);
    expect(created).toBe(true);
    expect(key).toHaveLength(32);
    expect(fieldKeyPath(dir)).toBe(join(dir, 'keys', 'field-key'));
    expect(readFileSync(fieldKeyPath(dir), 'utf8')).toBe(`passerelle-field-key 1\nwrapper plain\n${key.toString('base64')}\n`);
  });

  it.runIf(posix)('writes the file 0600 in a 0700 folder, and leaves no temporary file behind', async () => {
    const dir = dataDir();
    await loadOrCreateFieldKey(dir, plainKeyWrapper);
    expect(statSync(fieldKeyPath(dir)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);
  });

  it.runIf(posix)('narrows a keys folder or key file that others can read', async () => {
    const dir = dataDir();
    await loadOrCreateFieldKey(dir, plainKeyWrapper);
    chmodSync(fieldKeyPath(dir), 0o644);
    chmodSync(join(dir, 'keys'), 0o755);
    await loadOrCreateFieldKey(dir, plainKeyWrapper);
    expect(statSync(fieldKeyPath(dir)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
  });

  it('reuses the same key at the next start, so earlier values still decrypt', async () => {
    const dir = dataDir();
    const first = await loadOrCreateFieldKey(dir, plainKeyWrapper);
    const stored = createFieldCipher(first.key).encrypt('Dupont', 'people.last_name:1');
    const before = readFileSync(fieldKeyPath(dir));
    const second = await loadOrCreateFieldKey(dir, plainKeyWrapper);
    expect(second.created).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
    expect(readFileSync(fieldKeyPath(dir)).equals(before)).toBe(true);
    expect(createFieldCipher(second.key).decrypt(stored, 'people.last_name:1')).toBe('Dupont');
  });

  it('keeps the key another process wrote first, instead of replacing it', async () => {
    const dir = dataDir();
    let theirs: Buffer | undefined;
    // The other process (browser mode beside the desktop app) writes its file while this one is wrapping.
    const racing: KeyWrapper = {
      ...plainKeyWrapper,
      async wrap(key) {
        if (!theirs) theirs = (await loadOrCreateFieldKey(dir, plainKeyWrapper)).key;
        return plainKeyWrapper.wrap(key);
      },
    };
    const ours = await loadOrCreateFieldKey(dir, racing);
    expect(ours.created).toBe(false);
    expect(ours.key.equals(theirs!)).toBe(true);
    expect((await loadOrCreateFieldKey(dir, plainKeyWrapper)).key.equals(theirs!)).toBe(true);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);
  });

  it('gives each data directory its own random key', async () => {
    expect((await loadOrCreateFieldKey(dataDir(), plainKeyWrapper)).key.equals((await loadOrCreateFieldKey(dataDir(), plainKeyWrapper)).key)).toBe(false);
  });

  it('refuses a key file holding a key of the wrong size, and does not replace it', async () => {
    for (const size of [0, 16, 31, 33, 64]) {
      const dir = dataDir();
      mkdirSync(join(dir, 'keys'));
      const content = `passerelle-field-key 1\nwrapper plain\n${randomBytes(size).toString('base64')}\n`;
      writeFileSync(fieldKeyPath(dir), content, { mode: 0o600 });
      expect(await keyErrorCode(() => loadOrCreateFieldKey(dir, plainKeyWrapper))).toBe(size === 0 ? 'FIELD_KEY_FILE_INVALID' : 'FIELD_KEY_WRONG_SIZE');
      expect(readFileSync(fieldKeyPath(dir), 'utf8')).toBe(content);
    }
  });

  it('refuses a damaged, foreign or empty file rather than making a new key over it', async () => {
    const key = randomBytes(32).toString('base64');
    for (const content of [
      '',
      key,
      `passerelle-field-key 2\nwrapper plain\n${key}\n`,
      `passerelle-field-key 1\nwrapper keychain\n${key}\n`,
      `passerelle-field-key 1\nwrapper plain\n${key}`,
      `passerelle-field-key 1\nwrapper plain\n${key}\nextra\n`,
      `passerelle-field-key 1\nwrapper plain\n${key.slice(0, 10)}*${key.slice(10)}\n`,
      'x'.repeat(5000),
    ]) {
      const dir = dataDir();
      mkdirSync(join(dir, 'keys'));
      writeFileSync(fieldKeyPath(dir), content, { mode: 0o600 });
      expect(await keyErrorCode(() => loadOrCreateFieldKey(dir, plainKeyWrapper))).toBe('FIELD_KEY_FILE_INVALID');
      expect(readFileSync(fieldKeyPath(dir), 'utf8')).toBe(content);
    }
  });

  it.runIf(posix)('refuses a symbolic link in place of the key file', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'keys'));
    const elsewhere = join(dataDir(), 'planted');
    writeFileSync(elsewhere, `passerelle-field-key 1\nwrapper plain\n${randomBytes(32).toString('base64')}\n`);
    symlinkSync(elsewhere, fieldKeyPath(dir));
    expect(await keyErrorCode(() => loadOrCreateFieldKey(dir, plainKeyWrapper))).toBe('FIELD_KEY_FILE_INVALID');
  });

  it('stores a wrapped key, not the key, and records the wrapper', async () => {
    const dir = dataDir();
    const wrapper = fakeSafeStorageWrapper();
    const { key } = await loadOrCreateFieldKey(dir, wrapper);
    const file = readFileSync(fieldKeyPath(dir), 'utf8');
    expect(file).toMatch(/^passerelle-field-key 1\nwrapper safeStorage\n/);
    expect(file).not.toContain(key.toString('base64'));
    expect(readFileSync(fieldKeyPath(dir)).includes(key)).toBe(false);
    expect((await loadOrCreateFieldKey(dir, fakeSafeStorageWrapper())).key.equals(key)).toBe(true);
  });

  it('refuses to read a desktop-made key as plain, and a plain key as desktop-made', async () => {
    const desktopDir = dataDir();
    await loadOrCreateFieldKey(desktopDir, fakeSafeStorageWrapper());
    expect(await keyErrorCode(() => loadOrCreateFieldKey(desktopDir, plainKeyWrapper))).toBe('FIELD_KEY_WRAPPER_MISMATCH');

    const browserDir = dataDir();
    await loadOrCreateFieldKey(browserDir, plainKeyWrapper);
    expect(await keyErrorCode(() => loadOrCreateFieldKey(browserDir, fakeSafeStorageWrapper()))).toBe('FIELD_KEY_WRAPPER_MISMATCH');
  });

  it('reports a key the wrapper cannot unwrap (another OS account) without its message', async () => {
    const dir = dataDir();
    await loadOrCreateFieldKey(dir, fakeSafeStorageWrapper());
    const file = fieldKeyPath(dir);
    const content = readFileSync(file, 'utf8');
    writeFileSync(file, content.replace(/\n([^\n]+)\n$/, (_all, wrapped: string) => `\n${Buffer.from('zz' + wrapped).toString('base64')}\n`));
    try {
      await loadOrCreateFieldKey(dir, fakeSafeStorageWrapper());
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as FieldKeyError).code).toBe('FIELD_KEY_UNWRAP_FAILED');
      expect(String(error)).not.toContain('safeStorage.decryptString');
      expect((error as Error).cause).toBeUndefined();
    }
    // A wrapper whose secret differs unwraps to garbage of the right size: only the cipher will notice,
    // which is why a wrong key must fail every decryption (see field-cipher tests).
    expect((await loadOrCreateFieldKey(dataDir(), fakeSafeStorageWrapper(Buffer.from('other')))).key).toHaveLength(32);
  });

  it('refuses a wrapper that does not give the key back, before writing anything', async () => {
    const dir = dataDir();
    const broken: KeyWrapper = { kind: 'safeStorage', wrap: async (key) => Buffer.from(key), unwrap: async () => ({ key: randomBytes(32), rewrap: false }) };
    expect(await keyErrorCode(() => loadOrCreateFieldKey(dir, broken))).toBe('FIELD_KEY_UNWRAP_FAILED');
    expect(readdirSync(join(dir, 'keys'))).toEqual([]);
  });

  it('never puts key bytes in its error messages', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'keys'));
    const key = randomBytes(31).toString('base64');
    writeFileSync(fieldKeyPath(dir), `passerelle-field-key 1\nwrapper plain\n${key}\n`);
    try {
      await loadOrCreateFieldKey(dir, plainKeyWrapper);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(key.slice(0, 12));
    }
  });

  describe('when the secret store asks for the key to be wrapped again (safeStorage’s shouldReEncrypt)', () => {
    /** A wrapper with generations: a file of an older generation opens, and asks to be wrapped again. */
    function rotatingWrapper(state: { generation: number; failWrap?: boolean }): KeyWrapper {
      return {
        kind: 'safeStorage',
        wrap: async (key) => {
          if (state.failWrap) throw new Error('secret store locked');
          return Buffer.concat([Buffer.from(`g${state.generation}:`), key.map((byte) => byte ^ state.generation)]);
        },
        unwrap: async (wrapped) => {
          const generation = Number(/^g(\d+):/.exec(wrapped.subarray(0, 4).toString('latin1'))?.[1]);
          return { key: Buffer.from(wrapped.subarray(3).map((byte) => byte ^ generation)), rewrap: generation !== state.generation };
        },
      };
    }

    it('rewrites the file with the same key wrapped anew, in one step, and says so', async () => {
      const dir = dataDir();
      const state = { generation: 1 };
      const { key } = await loadOrCreateFieldKey(dir, rotatingWrapper(state));
      const before = readFileSync(fieldKeyPath(dir), 'utf8');
      const generationOf = (file: string) => Buffer.from(file.split('\n')[2]!, 'base64').subarray(0, 3).toString();
      expect(generationOf(before)).toBe('g1:');

      state.generation = 2;
      const outcomes: RewrapOutcome[] = [];
      const again = await readFieldKey(dir, rotatingWrapper(state), (outcome) => outcomes.push(outcome));
      expect(again!.equals(key)).toBe(true);
      expect(outcomes).toEqual(['rewrapped']);
      const after = readFileSync(fieldKeyPath(dir), 'utf8');
      expect(after).not.toBe(before);
      expect(after).toMatch(/^passerelle-field-key 1\nwrapper safeStorage\n/);
      expect(generationOf(after)).toBe('g2:');
      // No temporary file left, and the next opening has nothing more to rewrite.
      expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);
      const quiet: RewrapOutcome[] = [];
      expect((await readFieldKey(dir, rotatingWrapper(state), (outcome) => quiet.push(outcome)))!.equals(key)).toBe(true);
      expect(quiet).toEqual([]);
      if (posix) expect(statSync(fieldKeyPath(dir)).mode & 0o777).toBe(0o600);
    });

    it('keeps the old file, which still opens, when wrapping again fails', async () => {
      const dir = dataDir();
      const state = { generation: 1, failWrap: false };
      const { key } = await loadOrCreateFieldKey(dir, rotatingWrapper(state));
      const before = readFileSync(fieldKeyPath(dir));
      state.generation = 2;
      state.failWrap = true;
      const outcomes: RewrapOutcome[] = [];
      const again = await loadOrCreateFieldKey(dir, rotatingWrapper(state), (outcome) => outcomes.push(outcome));
      expect(again).toMatchObject({ created: false });
      expect(again.key.equals(key)).toBe(true);
      expect(outcomes).toEqual(['rewrapFailed']);
      expect(readFileSync(fieldKeyPath(dir)).equals(before)).toBe(true);
      expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);
    });

    it('does not rewrite a file another process replaced meanwhile', async () => {
      const dir = dataDir();
      const state = { generation: 1 };
      await loadOrCreateFieldKey(dir, rotatingWrapper(state));
      const replacement = `passerelle-field-key 1\nwrapper safeStorage\n${Buffer.concat([Buffer.from('g2:'), randomBytes(32)]).toString('base64')}\n`;
      state.generation = 2;
      const base = rotatingWrapper(state);
      // While this process wraps the key again, another one installs a key (a recovery kit imported).
      const racing: KeyWrapper = {
        ...base,
        wrap: async (key) => {
          writeFileSync(fieldKeyPath(dir), replacement);
          return base.wrap(key);
        },
      };
      const outcomes: RewrapOutcome[] = [];
      await readFieldKey(dir, racing, (outcome) => outcomes.push(outcome));
      expect(outcomes).toEqual(['rewrapFailed']);
      expect(readFileSync(fieldKeyPath(dir), 'utf8')).toBe(replacement);
      expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);
    });
  });
});
