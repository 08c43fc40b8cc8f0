import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * A stand-in for Electron's Linux distribution (the unzipped electron-v*-linux-x64.zip), for electron-builder's
 * `electronDist`: no Electron can be downloaded here, and the packaging pipeline only copies, renames and patches
 * these files. What it reads from them:
 *  - `electron`, renamed to the executableName; @electron/fuses looks in it for the fuse wire, which Electron
 *    compiles in after a sentinel: version byte, length byte, then one state character per fuse;
 *  - `locales/*.pak`, pruned to electronLanguages;
 *  - `resources/`, where app.asar goes; `LICENSE`, renamed to LICENSE.electron.txt.
 */

/** @electron/fuses' sentinel (node_modules/@electron/fuses/dist/constants.js). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The wire as Electron ships it, in FuseV1Options order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
 * --inspect on, embedded asar integrity off, only-load-from-asar off, browser V8 snapshot off, file:// privileges on.
 * '1' is FuseState.ENABLE and '0' FuseState.DISABLE.
 */
export const SHIPPED_FUSE_WIRE = '10110001';

export const STAND_IN_LOCALES = ['fr', 'en-US', 'de', 'nl', 'en-GB'];

export function makeStandInElectron(dir: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: packaging test only" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, SHIPPED_FUSE_WIRE.length]),
    Buffer.from(`${SHIPPED_FUSE_WIRE}\n`),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'chrome-sandbox'), 'stand-in\n');
  for (const locale of STAND_IN_LOCALES) writeFileSync(join(dir, 'locales', `${locale}.pak`), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in for Electron’s licence\n');
  return dir;
}

/**
 * A stand-in for fpm, which electron-builder's deb target calls with the staged app, the desktop entry and the
 * install scripts (CUSTOM_FPM_PATH): it keeps its arguments (NUL-separated in `args`) and the files it is handed,
 * which electron-builder deletes afterwards, and writes the package file.
 */
export function makeStandInFpm(dir: string, record: string): string {
  mkdirSync(dir, { recursive: true });
  mkdirSync(record, { recursive: true });
  const script = `#!/bin/sh
record='${record}'
: > "$record/args"
previous=""
for argument in "$@"; do
  printf '%s\\0' "$argument" >> "$record/args"
  case "$previous" in
    --after-install) cp "$argument" "$record/after-install" ;;
    --package) echo "stand-in package" > "$argument" ;;
  esac
  case "$argument" in
    *=/usr/share/applications/*) cp "\${argument%%=*}" "$record/desktop-entry" ;;
  esac
  previous="$argument"
done
`;
  const fpm = join(dir, 'fpm');
  writeFileSync(fpm, script);
  chmodSync(fpm, 0o755);
  return fpm;
}
