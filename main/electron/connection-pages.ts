import { APP_ORIGIN, APP_SCHEME } from './app-origin';
import { unreachableMessage, unreachableMessageEnglish } from './connection-messages';

/**
 * The two small local pages of the connection choice: the chooser and "the server does not answer". They
 * are plain HTML without any script or preload: a button is a link or a form whose target is an
 * `app://passerelle/connexion/…` address, and the main process reads that navigation (never lets it happen)
 * in connection-actions.ts. So these pages need no bridge to the main process at all.
 */
const ACTION_BASE = `${APP_ORIGIN}/connexion/`;

export type ConnectionAction = { kind: 'local' } | { kind: 'server'; address: string } | { kind: 'retry' } | { kind: 'change' };

/** The action a navigation asks for, or null when the URL is not one of the pages' buttons. */
export function connectionActionOf(url: string): ConnectionAction | null {
  if (!url.startsWith(ACTION_BASE)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  switch (parsed.pathname) {
    case '/connexion/locale':
      return { kind: 'local' };
    case '/connexion/serveur':
      return { kind: 'server', address: parsed.searchParams.get('adresse') ?? '' };
    case '/connexion/reessayer':
      return { kind: 'retry' };
    case '/connexion/changer':
      return { kind: 'change' };
    default:
      return null;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// No script may run; styles inline; forms may only go to app: addresses (a scheme source: Chromium does not match a
// host source against a custom scheme, and the form's target would be blocked).
const CSP = `default-src 'none'; style-src 'unsafe-inline'; form-action ${APP_SCHEME}:; base-uri 'none'`;
const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0;padding:32px 40px;color:#1a1b1e;max-width:640px}' +
  'h1{font-size:22px}p.en{color:#666}fieldset{border:1px solid #ccc;border-radius:6px;margin:16px 0;padding:12px 16px}' +
  'input{width:100%;padding:6px;font-size:15px;box-sizing:border-box}button,a.button{font-size:15px;padding:6px 14px;margin-top:8px;' +
  'display:inline-block;border:1px solid #228be6;border-radius:4px;background:#228be6;color:#fff;text-decoration:none}' +
  '.error{color:#c92a2a;font-weight:600}';

function page(title: string, body: string): string {
  const html =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * The chooser, with the address typed so far and why it was refused, if it was. While the server is asked
 * (up to ten seconds), `checking` says so and greys the button: the page has no script to do it otherwise.
 */
export function chooserPage(options: { address?: string; error?: string; checking?: boolean } = {}): string {
  const error = options.error
    ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>`
    : options.checking
      ? `<p role="status">Vérification de l’adresse… — Checking the address…</p>`
      : '';
  return page(
    'Connexion — Passerelle',
    `<h1>Où sont les données de Passerelle ?</h1><p class="en">Where is Passerelle’s data?</p>` +
      `<fieldset><legend>Base locale sur ce PC</legend><p>Les données restent sur cet ordinateur. <span class="en">Data stays on this computer.</span></p>` +
      `<form action="${ACTION_BASE}locale" method="get"><button type="submit">Utiliser la base locale</button></form></fieldset>` +
      `<fieldset><legend>Serveur partagé</legend><p>Toute l’équipe travaille sur le serveur de la Ville. <span class="en">The whole team works on the City’s server.</span></p>` +
      `<form action="${ACTION_BASE}serveur" method="get"><label for="adresse">Adresse du serveur (https://…)</label>` +
      `<input id="adresse" name="adresse" type="url" required placeholder="https://passerelle.liege.be" value="${escapeHtml(options.address ?? '')}">` +
      `${error}<button type="submit"${options.checking ? ' disabled' : ''}>Vérifier et utiliser ce serveur</button></form></fieldset>`,
  );
}

/** Shown in the main window when the server's page cannot load. */
export function unreachablePage(origin: string): string {
  return page(
    'Serveur injoignable — Passerelle',
    `<h1>Serveur injoignable</h1><p>${escapeHtml(unreachableMessage(origin))}</p><p class="en">${escapeHtml(unreachableMessageEnglish(origin))}</p>` +
      `<p><a class="button" href="${ACTION_BASE}reessayer">Réessayer</a> <a class="button" href="${ACTION_BASE}changer">Changer de connexion</a></p>`,
  );
}
