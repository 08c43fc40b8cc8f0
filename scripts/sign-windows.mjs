// electron-builder's Windows signing hook (electron-builder.yml: win.signtoolOptions.sign). It signs the app's
// executables, the NSIS installer and its uninstaller. Everything about the certificate comes from the build
// machine's environment: nothing is in the repository (tests/unit/code-signing.test.ts checks the yml).
// docs/deployment.md "Signing the installer" says which way to choose.
//
// 1. A certificate whose private key stays in a hardware security module or a token (required for code-signing
//    certificates issued since June 2023). The HSM's driver (KSP/CSP) exposes it in the Windows certificate store:
//      PASSERELLE_SIGN_SHA1       its thumbprint (40 hex digits; not a secret, but it belongs to the build machine)
//      PASSERELLE_SIGN_STORE      `machine` for the LocalMachine store (a service account), else the user's store
//    The HSM asks for its own PIN or session through its driver; no password passes through here.
// 2. A .pfx file (a test certificate, an older software certificate): electron-builder's own variables,
//    WIN_CSC_LINK (or CSC_LINK: a path, https URL or base64) and WIN_CSC_KEY_PASSWORD (or CSC_KEY_PASSWORD).
// Either way:
//      PASSERELLE_SIGN_TIMESTAMP  the RFC 3161 timestamp server for method 1 (method 2 uses the yml's
//                                 rfc3161TimeStampServer; both default to electron-builder's)
//      PASSERELLE_SIGNTOOL        signtool.exe's path when it is not on PATH (Windows SDK)
//      PASSERELLE_SIGN_REQUIRED=1 on the release machine: a build with nothing configured fails instead of
//                                 producing an unsigned installer (without it, a test build is left unsigned).
import { spawnSync } from 'node:child_process';

export const DEFAULT_TIMESTAMP = 'http://timestamp.digicert.com';

/**
 * The signing method the environment asks for: 'store' (a thumbprint), 'file' (electron-builder resolved a
 * .pfx from WIN_CSC_LINK/CSC_LINK into `cscInfo`), or 'none'. A thumbprint that is not 40 hex digits is refused
 * here rather than by signtool halfway through a build.
 */
export function signingMethod(env, cscInfo) {
  const thumbprint = (env.PASSERELLE_SIGN_SHA1 ?? '').replace(/\s/g, '');
  if (thumbprint !== '') {
    if (!/^[0-9a-fA-F]{40}$/.test(thumbprint)) {
      throw new Error('PASSERELLE_SIGN_SHA1 must be the certificate thumbprint: 40 hexadecimal digits.');
    }
    return { kind: 'store', thumbprint: thumbprint.toUpperCase(), machineStore: env.PASSERELLE_SIGN_STORE === 'machine' };
  }
  if (cscInfo && typeof cscInfo.file === 'string') return { kind: 'file' };
  return { kind: 'none' };
}

/** signtool's arguments for a certificate of the Windows store (the HSM's), for one file and one hash. */
export function storeSigntoolArguments({ path, hash, isNest, name, site, thumbprint, machineStore, timestamp }) {
  return [
    'sign',
    '/sha1',
    thumbprint,
    '/s',
    'My',
    ...(machineStore ? ['/sm'] : []),
    '/fd',
    hash,
    '/tr',
    timestamp,
    '/td',
    'sha256',
    ...(name ? ['/d', name] : []),
    ...(site ? ['/du', site] : []),
    // A second signature (sha256 after sha1) is appended, never in place of the first.
    ...(isNest ? ['/as'] : []),
    path,
  ];
}

function run(command, args) {
  // No shell: the arguments are passed as they are. The .pfx password (method 'file') is among them, as in
  // electron-builder's own call, and never printed: the error quotes the tool's output, not its arguments.
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error) throw new Error(`Cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} failed (status ${result.status}) signing a file:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
}

/** The hook electron-builder calls for each file and hash (`configuration` is its CustomWindowsSignTaskConfiguration). */
export async function sign(configuration, env = process.env, runCommand = run) {
  const method = signingMethod(env, configuration.cscInfo);
  if (method.kind === 'none') {
    if (env.PASSERELLE_SIGN_REQUIRED === '1') {
      throw new Error(
        'PASSERELLE_SIGN_REQUIRED=1 but no certificate is configured: set PASSERELLE_SIGN_SHA1 (HSM) or WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD.',
      );
    }
    console.warn(`Passerelle: not signed (no certificate configured): ${configuration.path}`);
    return;
  }
  const onWindows = process.platform === 'win32';
  if (method.kind === 'store') {
    if (!onWindows) throw new Error('A certificate held by an HSM (PASSERELLE_SIGN_SHA1) signs on Windows only: build the installer there.');
    runCommand(
      env.PASSERELLE_SIGNTOOL ?? 'signtool.exe',
      storeSigntoolArguments({
        path: configuration.path,
        hash: configuration.hash,
        isNest: configuration.isNest,
        name: configuration.name,
        site: configuration.site,
        thumbprint: method.thumbprint,
        machineStore: method.machineStore,
        timestamp: env.PASSERELLE_SIGN_TIMESTAMP ?? DEFAULT_TIMESTAMP,
      }),
    );
    return;
  }
  // A .pfx: electron-builder's own arguments (signtool on Windows, osslsigncode under Wine/Linux).
  runCommand(onWindows ? (env.PASSERELLE_SIGNTOOL ?? 'signtool.exe') : 'osslsigncode', configuration.computeSignToolArgs(onWindows));
}
