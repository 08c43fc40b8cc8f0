import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRecoveryKit,
  decodeRecoveryCode,
  encodeRecoveryCode,
  openRecoveryKit,
  readRecoveryKit,
  RecoveryKitError,
  type RecoveryKitErrorCode,
} from '../../main/crypto/recovery-kit';
import { fieldKeyFingerprint } from '../../main/crypto/fingerprint';
import { kitFingerprintMatches, recoveryPassphraseIssue } from '../../shared/domain/recovery-kit';

// scrypt runs at its real cost (about a second per try here), so the kits are made once and each test opens
// at most one.
const passphrase = 'Pont-des-Arches à minuit, 1999';
const installationId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const createdAt = new Date('2026-11-28T10:00:00.456Z');
const key = randomBytes(32);
let kit: { code: string; file: string };
let twin: { code: string; file: string };

beforeAll(async () => {
  [kit, twin] = await Promise.all([
    createRecoveryKit({ key, installationId, passphrase, createdAt }),
    // The date may come as a Date or as its ISO text.
    createRecoveryKit({ key, installationId: installationId.toUpperCase(), passphrase, createdAt: createdAt.toISOString() }),
  ]);
});

/** The error a promise or a call ends with (it must fail). */
async function failure(run: () => unknown): Promise<RecoveryKitError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(RecoveryKitError);
    return error as RecoveryKitError;
  }
  throw new Error('expected a RecoveryKitError');
}

async function expectCode(run: () => unknown, code: RecoveryKitErrorCode, detail?: string): Promise<RecoveryKitError> {
  const error = await failure(run);
  expect(error.code).toBe(code);
  if (detail) expect(error.detail).toBe(detail);
  return error;
}

/** The code re-encoded after `change` edits its payload: a valid checksum, so only authentication can object. */
function recoded(code: string, change: (payload: Buffer) => void): string {
  const payload = Buffer.from(decodeRecoveryCode(code));
  change(payload);
  return encodeRecoveryCode(payload);
}

/** One character of the code replaced by another of the alphabet. */
function mistyped(code: string, at: number): string {
  const replacement = code[at] === '7' ? '8' : '7';
  return code.slice(0, at) + replacement + code.slice(at + 1);
}

describe('recovery kit', () => {
  it('gives back the same key, from the code and from the whole file', async () => {
    expect(kit.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){43}[0-9A-HJKMNP-TV-Z]{4}$/);
    const opened = await openRecoveryKit(kit.file, passphrase);
    expect(opened.equals(key)).toBe(true);
  });

  it('survives retyping: lower case, spaces for dashes, line breaks, O for 0, I and L for 1', async () => {
    const retyped = kit.code
      .toLowerCase()
      .replace(/-/g, (_dash, at: number) => (at % 20 === 19 ? '\r\n' : ' '))
      .replace(/0/g, 'O')
      .replace(/1/g, (_one, at: number) => (at % 2 ? 'l' : 'I'));
    expect(retyped).not.toContain('-');
    expect(decodeRecoveryCode(retyped).equals(decodeRecoveryCode(kit.code))).toBe(true);
    const opened = await openRecoveryKit(`  ${retyped}\n`, passphrase);
    expect(opened.equals(key)).toBe(true);
  });

  it('says what it holds without the passphrase, from the file or the code', () => {
    const expected = { installationId, fingerprint: fieldKeyFingerprint(key).slice(0, 16), createdAt: '2026-11-28T10:00:00.000Z' };
    expect(readRecoveryKit(kit.file)).toEqual(expected);
    expect(readRecoveryKit(kit.code)).toEqual(expected);
    expect(readRecoveryKit(kit.file.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(kitFingerprintMatches(readRecoveryKit(kit.code), fieldKeyFingerprint(key))).toBe(true);
    expect(kitFingerprintMatches(readRecoveryKit(kit.code), fieldKeyFingerprint(randomBytes(32)))).toBe(false);
  });

  it('the file has its header, readable lines, the reminder and the code in lines of 4 groups', () => {
    const lines = kit.file.split('\n');
    expect(lines[0]).toBe('passerelle-recovery-kit 1');
    expect(kit.file).toContain(installationId);
    expect(kit.file).toContain('2026-11-28T10:00:00.000Z');
    expect(kit.file).toMatch(/La phrase de passe n'est pas dans ce fichier.*The passphrase is not in this file/);
    const codeLines = lines.slice(lines.indexOf('Code :') + 1).filter((line) => line !== '');
    expect(codeLines).toHaveLength(11);
    expect(codeLines.join('-')).toBe(kit.code);
  });

  it('two kits of the same key differ (random salt and nonce)', () => {
    expect(twin.code).not.toBe(kit.code);
    const [a, b] = [decodeRecoveryCode(kit.code), decodeRecoveryCode(twin.code)];
    expect(a.subarray(30, 46).equals(b.subarray(30, 46))).toBe(false); // salt
    expect(a.subarray(46, 58).equals(b.subarray(46, 58))).toBe(false); // nonce
    expect(readRecoveryKit(twin.code)).toEqual(readRecoveryKit(kit.code));
  });

  it('a wrong passphrase is KIT_WRONG_PASSPHRASE, and the message quotes neither the passphrase nor the code', async () => {
    const wrong = 'Pont-des-Arches à minuit, 2000';
    const error = await expectCode(() => openRecoveryKit(kit.code, wrong), 'KIT_WRONG_PASSPHRASE');
    for (const secret of [wrong, passphrase, kit.code, ...kit.code.split('-'), key.toString('hex'), key.toString('base64')]) {
      expect(error.message).not.toContain(secret);
      expect(String(error.stack)).not.toContain(secret);
    }
  });

  it('one mistyped character is KIT_MALFORMED (checksum), reported before any passphrase is tried', async () => {
    for (const at of [0, 7, 51, 120, kit.code.length - 1]) {
      const typo = mistyped(kit.code, at);
      await expectCode(() => readRecoveryKit(typo), 'KIT_MALFORMED', 'checksum');
      const started = Date.now();
      const error = await expectCode(() => openRecoveryKit(typo, passphrase), 'KIT_MALFORMED', 'checksum');
      expect(Date.now() - started).toBeLessThan(300);
      expect(error.message).not.toContain(typo);
      expect(error.message).not.toContain(passphrase);
    }
  });

  it('a group left out, a character outside the alphabet or text that is no kit is KIT_MALFORMED', async () => {
    const groups = kit.code.split('-');
    await expectCode(() => readRecoveryKit(groups.slice(1).join('-')), 'KIT_MALFORMED', 'wrong_length');
    await expectCode(() => readRecoveryKit(kit.code.replace(/^./, 'U')), 'KIT_MALFORMED', 'invalid_character');
    await expectCode(() => readRecoveryKit('Bonjour, voici ma clé !'), 'KIT_MALFORMED', 'invalid_character');
    await expectCode(() => readRecoveryKit('   \n  '), 'KIT_MALFORMED', 'not_a_kit');
    await expectCode(() => readRecoveryKit('passerelle-recovery-kit 1\nInstallation : x\n'), 'KIT_MALFORMED', 'not_a_kit');
    await expectCode(() => readRecoveryKit('A'.repeat(5000)), 'KIT_MALFORMED', 'not_a_kit');
  });

  it('a changed installation id or fingerprint, with a matching checksum, fails authentication', async () => {
    const otherInstallation = recoded(kit.code, (payload) => randomBytes(16).copy(payload, 6));
    expect(readRecoveryKit(otherInstallation).installationId).not.toBe(installationId);
    await expectCode(() => openRecoveryKit(otherInstallation, passphrase), 'KIT_WRONG_PASSPHRASE');

    const otherFingerprint = recoded(kit.code, (payload) => {
      payload[22] = payload[22]! ^ 0x01;
    });
    expect(readRecoveryKit(otherFingerprint).fingerprint).not.toBe(readRecoveryKit(kit.code).fingerprint);
    await expectCode(() => openRecoveryKit(otherFingerprint, passphrase), 'KIT_WRONG_PASSPHRASE');
  });

  it('a kit claiming N = 2^24 is KIT_UNSUPPORTED without scrypt being tried', async () => {
    const greedy = recoded(kit.code, (payload) => {
      payload[1] = 24;
    });
    await expectCode(() => readRecoveryKit(greedy), 'KIT_UNSUPPORTED');
    const started = Date.now();
    await expectCode(() => openRecoveryKit(greedy, passphrase), 'KIT_UNSUPPORTED');
    // A try at 2^24 would need 2 GiB and many seconds; the refusal comes before.
    expect(Date.now() - started).toBeLessThan(300);
    const weak = recoded(kit.code, (payload) => {
      payload[1] = 10;
    });
    await expectCode(() => openRecoveryKit(weak, passphrase), 'KIT_UNSUPPORTED');
  });

  it('another format version is KIT_UNSUPPORTED, in the code or in the file header', async () => {
    const later = recoded(kit.code, (payload) => {
      payload[0] = 2;
    });
    await expectCode(() => readRecoveryKit(later), 'KIT_UNSUPPORTED');
    await expectCode(() => readRecoveryKit(kit.file.replace('passerelle-recovery-kit 1', 'passerelle-recovery-kit 2')), 'KIT_UNSUPPORTED');
  });

  it('refuses to make a kit with a short passphrase, a wrong-size key or a bad installation id', async () => {
    await expect(createRecoveryKit({ key, installationId, passphrase: 'trop court', createdAt })).rejects.toThrow(RangeError);
    await expect(createRecoveryKit({ key: randomBytes(16), installationId, passphrase, createdAt })).rejects.toThrow(/32 bytes/);
    await expect(createRecoveryKit({ key, installationId: 'not-a-uuid', passphrase, createdAt })).rejects.toThrow(RangeError);
  });
});

describe('recovery passphrase rule', () => {
  it('counts code points: 12 to 200', () => {
    expect(recoveryPassphraseIssue('a'.repeat(11))).toBe('too_short');
    expect(recoveryPassphraseIssue('a'.repeat(12))).toBeNull();
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    expect(recoveryPassphraseIssue('🔑'.repeat(11))).toBe('too_short');
    expect(recoveryPassphraseIssue('🔑'.repeat(200))).toBeNull();
    expect(recoveryPassphraseIssue('a'.repeat(201))).toBe('too_long');
    // "é" as e + combining accent counts once, as the kit reads it (NFC).
    expect(recoveryPassphraseIssue('e\u0301'.repeat(11))).toBe('too_short');
  });
});
