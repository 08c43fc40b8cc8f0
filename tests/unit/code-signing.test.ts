import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMESTAMP, sign, signingMethod, storeSigntoolArguments, type SignTask } from '../../scripts/sign-windows.mjs';

/**
 * Issue 18, point 4: the installer is signed with settings read from the build machine's environment only.
 * The repository holds neither a certificate nor its password, nor a place in electron-builder.yml to put them.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THUMBPRINT = '0123456789abcdef0123456789ABCDEF01234567';

describe('no signing secret in the repository', () => {
  const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
  const keys = yml
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .map((line) => /^\s*-?\s*([A-Za-z_]+)\s*:/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined);

  it('electron-builder.yml has none of the keys that hold a certificate, its password or its choice', () => {
    // electron-builder reads these from CSC_LINK / WIN_CSC_LINK / CSC_KEY_PASSWORD / WIN_CSC_KEY_PASSWORD, and
    // scripts/sign-windows.mjs the HSM certificate's thumbprint from PASSERELLE_SIGN_SHA1.
    const forbidden = ['certificateFile', 'certificatePassword', 'cscLink', 'cscKeyPassword', 'certificateSha1', 'certificateSubjectName'];
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => forbidden.includes(key))).toEqual([]);
    expect(yml).not.toMatch(/password\s*:/i);
  });

  it('a signing hook named in electron-builder.yml is the one that reads the environment', () => {
    const hooks = [...yml.matchAll(/^\s*sign\s*:\s*(\S+)/gm)].map((match) => match[1]!.replace(/^['"]|['"]$/g, ''));
    for (const hook of hooks) expect(hook).toBe('./scripts/sign-windows.mjs');
  });

  it('no certificate or private key file is in the working tree', () => {
    const skipped = new Set(['node_modules', '.git', 'dist', 'release', 'test-results', 'test-reports']);
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (skipped.has(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(pfx|p12|pvk|spc|snk)$/i.test(entry.name)) found.push(path);
      }
    };
    walk(ROOT);
    expect(found).toEqual([]);
  });
});

describe('scripts/sign-windows.mjs chooses from the environment', () => {
  it('a thumbprint (spaces and case as Windows shows them) means the certificate store, i.e. the HSM', () => {
    const spaced = THUMBPRINT.replace(/(.{2})/g, '$1 ');
    expect(signingMethod({ PASSERELLE_SIGN_SHA1: spaced }, null)).toEqual({ kind: 'store', thumbprint: THUMBPRINT.toUpperCase(), machineStore: false });
    expect(signingMethod({ PASSERELLE_SIGN_SHA1: THUMBPRINT, PASSERELLE_SIGN_STORE: 'machine' }, null)).toMatchObject({ machineStore: true });
    // The HSM wins over a .pfx electron-builder may also have found.
    expect(signingMethod({ PASSERELLE_SIGN_SHA1: THUMBPRINT }, { file: 'c.pfx', password: 'x' })).toMatchObject({ kind: 'store' });
  });

  it('refuses a thumbprint that is not 40 hexadecimal digits before any file is signed', () => {
    expect(() => signingMethod({ PASSERELLE_SIGN_SHA1: 'CN=Ville de Liège' }, null)).toThrow(/40 hexadecimal digits/);
    expect(() => signingMethod({ PASSERELLE_SIGN_SHA1: THUMBPRINT.slice(1) }, null)).toThrow(/40 hexadecimal digits/);
  });

  it('a .pfx resolved by electron-builder from WIN_CSC_LINK is the file method; nothing set is none', () => {
    expect(signingMethod({}, { file: '/tmp/ville.pfx', password: 'secret' })).toEqual({ kind: 'file' });
    expect(signingMethod({}, null)).toEqual({ kind: 'none' });
    expect(signingMethod({ PASSERELLE_SIGN_SHA1: '  ' }, null)).toEqual({ kind: 'none' });
  });

  it('signtool selects the store certificate by thumbprint, timestamps it, and is given no key file or password', () => {
    const base = { path: 'C:\\release\\Passerelle-Setup-0.1.0-x64.exe', hash: 'sha256', name: 'Passerelle', site: null, thumbprint: 'AB'.repeat(20), timestamp: DEFAULT_TIMESTAMP };
    const user = storeSigntoolArguments({ ...base, isNest: false, machineStore: false });
    expect(user).toEqual(['sign', '/sha1', 'AB'.repeat(20), '/s', 'My', '/fd', 'sha256', '/tr', DEFAULT_TIMESTAMP, '/td', 'sha256', '/d', 'Passerelle', base.path]);
    const machineNested = storeSigntoolArguments({ ...base, isNest: true, machineStore: true });
    expect(machineNested).toContain('/sm');
    expect(machineNested).toContain('/as');
    expect(machineNested.at(-1)).toBe(base.path);
    for (const args of [user, machineNested]) {
      expect(args).not.toContain('/f');
      expect(args).not.toContain('/p');
    }
  });
});

describe('the hook electron-builder calls', () => {
  function task(cscInfo: unknown): SignTask {
    return { path: '/build/Passerelle.exe', hash: 'sha256', isNest: false, name: 'Passerelle', site: null, cscInfo, computeSignToolArgs: (isWin) => [isWin ? 'win-args' : 'ossl-args'] };
  }

  it('with nothing configured, leaves a test build unsigned — unless the release machine requires signing', async () => {
    const runCommand = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await sign(task(null), {}, runCommand);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not signed'));
    warn.mockRestore();
    await expect(sign(task(null), { PASSERELLE_SIGN_REQUIRED: '1' }, runCommand)).rejects.toThrow(/PASSERELLE_SIGN_SHA1.*WIN_CSC_LINK/);
    expect(runCommand).not.toHaveBeenCalled();
  });

  it('signs with the HSM certificate through signtool on Windows, and refuses elsewhere', async () => {
    const runCommand = vi.fn();
    const env = { PASSERELLE_SIGN_SHA1: THUMBPRINT, PASSERELLE_SIGNTOOL: 'C:\\SDK\\signtool.exe', PASSERELLE_SIGN_TIMESTAMP: 'http://tsa.example/' };
    if (process.platform === 'win32') {
      await sign(task(null), env, runCommand);
      expect(runCommand).toHaveBeenCalledWith('C:\\SDK\\signtool.exe', expect.arrayContaining(['/sha1', THUMBPRINT.toUpperCase(), '/tr', 'http://tsa.example/']));
    } else {
      await expect(sign(task(null), env, runCommand)).rejects.toThrow(/Windows only/);
      expect(runCommand).not.toHaveBeenCalled();
    }
  });

  it("signs a .pfx with electron-builder's own arguments (signtool on Windows, osslsigncode elsewhere)", async () => {
    const runCommand = vi.fn();
    await sign(task({ file: '/tmp/ville.pfx', password: 'secret' }), {}, runCommand);
    expect(runCommand).toHaveBeenCalledWith(...(process.platform === 'win32' ? ['signtool.exe', ['win-args']] : ['osslsigncode', ['ossl-args']]));
  });
});
