/** Debian's Chromium by default; PASSERELLE_CHROMIUM points at another browser binary. */
export function chromiumPath(): string {
  return process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium';
}
