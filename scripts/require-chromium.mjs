// Fails loudly when no Chromium is available, instead of letting end-to-end tests skip or hang.
import { accessSync, constants } from 'node:fs';

const path = process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`
Chromium was not found at ${path}: the end-to-end tests need it.
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - elsewhere:      set PASSERELLE_CHROMIUM to the path of a Chromium or Chrome binary
(Playwright's own browser download is not used: it cannot reach its servers on these machines.)
`);
  process.exit(1);
}
