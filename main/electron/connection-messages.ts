import type { ServerAddressIssue } from './connection';
import type { ServerCheckFailure } from './server-health';

/**
 * The connection pages' sentences, French then English like the start-up messages: they are shown by the
 * main process before (or instead of) the renderer and its translation files. Each says what to do next.
 */
export const ADDRESS_ISSUES: Record<ServerAddressIssue, string> = {
  notUrl: 'Tapez l’adresse complète du serveur, par exemple https://passerelle.liege.be. — Type the server’s full address, e.g. https://passerelle.liege.be.',
  notHttps: 'L’adresse doit commencer par https:// (connexion chiffrée). — The address must start with https:// (encrypted connection).',
  credentials: 'L’adresse ne peut pas contenir de nom d’utilisateur ni de mot de passe : vous vous connecterez sur la page du serveur. — The address cannot contain a user name or password: you sign in on the server’s page.',
  notOrigin: 'Tapez seulement l’adresse du serveur, sans chemin après le nom (par exemple https://passerelle.liege.be). — Type the server’s address only, with no path after the name.',
};

export const CHECK_FAILURES: Record<ServerCheckFailure, string> = {
  unreachable: 'Le serveur ne répond pas à cette adresse. Vérifiez l’adresse et la connexion réseau. — The server does not answer at this address. Check the address and the network.',
  certificate: 'Le certificat du serveur est refusé : ce PC ne lui fait pas confiance. Le service informatique doit installer le certificat de la Ville dans Windows. — The server’s certificate is refused: this PC does not trust it. IT must install the City’s certificate in Windows.',
  notPasserelle: 'Cette adresse répond, mais ce n’est pas un serveur Passerelle en service. — This address answers, but it is not a working Passerelle server.',
};

export const BROKEN_FILE_TITLE = 'Connexion à choisir — Connection to choose';

export function brokenFileMessage(path: string): string {
  return (
    `Le fichier de connexion ${path} est illisible ou incomplet. Choisissez à nouveau la base locale ou le serveur partagé.\n\n` +
    `The connection file ${path} is unreadable or incomplete. Choose the local database or the shared server again.`
  );
}

export function unreachableMessage(origin: string): string {
  return `Le serveur Passerelle ne répond pas (adresse ${origin}). Vérifiez la connexion réseau ou contactez le service informatique.`;
}

export function unreachableMessageEnglish(origin: string): string {
  return `The Passerelle server does not answer (address ${origin}). Check the network connection or contact IT.`;
}
