import type { StartupFailure } from './failures';

/**
 * What the shells say when Passerelle cannot start, before any page (and its translations) exists: French
 * first, then English, each naming the folder and what to do. Shown in the desktop app's dialog and printed by
 * browser mode and the command-line tools.
 */
export const STARTUP_FAILURE_TITLE = 'Passerelle ne peut pas démarrer / Passerelle cannot start';

interface Sentences {
  fr: string[];
  en: string[];
}

function sentences(failure: StartupFailure, dataDir: string): Sentences {
  switch (failure.kind) {
    case 'locked': {
      const who = failure.holder
        ? {
            fr: `le processus ${failure.holder.pid} (${programFr(failure.holder.program)}, depuis le ${localTime(failure.holder.since, 'fr-BE')})`,
            en: `process ${failure.holder.pid} (${failure.holder.program}, since ${localTime(failure.holder.since, 'en-GB')})`,
          }
        : { fr: 'un autre processus', en: 'another process' };
      return {
        fr: [
          `Ce dossier de données est déjà utilisé par ${who.fr} :`,
          dataDir,
          'Fermez cette autre fenêtre de Passerelle (ou arrêtez le mode navigateur), puis relancez.',
          `Si aucun Passerelle ne tourne plus sur ce PC, supprimez le fichier passerelle.lock de ce dossier.`,
        ],
        en: [`This data directory is already used by ${who.en}. Close that Passerelle first; if none runs any more, delete passerelle.lock in the folder.`],
      };
    }
    case 'tooNew':
      return {
        fr: [
          'Les données du dossier suivant ont été enregistrées par une version plus récente de Passerelle :',
          dataDir,
          'Cette version ne peut pas les ouvrir sans risquer de les abîmer ; elles n’ont pas été modifiées.',
          'Installez la dernière version de Passerelle, ou démarrez Passerelle sur un autre dossier avec l’option --data-dir.',
        ],
        en: ['These records were saved by a newer version of Passerelle and were not changed. Install the latest version.'],
      };
    case 'readOnly':
      return {
        fr: [
          'Passerelle ne peut pas écrire dans son dossier de données :',
          dataDir,
          'Le fichier passerelle.sqlite ou le dossier est en lecture seule (droits, disque protégé, partage réseau). Rien n’a été modifié.',
          'Rendez-les modifiables pour votre compte, puis relancez Passerelle.',
        ],
        en: ['Passerelle cannot write to its data directory (read-only file, folder or disk). Nothing was changed. Make it writable and start again.'],
      };
    case 'diskFull':
      return {
        fr: ['Le disque du dossier de données est plein :', dataDir, 'Libérez de la place, puis relancez Passerelle. Rien n’a été perdu.'],
        en: ['The data directory’s disk is full. Free some space and start again; nothing was lost.'],
      };
    case 'busy':
      return {
        fr: ['La base de données est verrouillée par un autre programme :', dataDir, 'Fermez tout programme qui l’ouvre (un outil SQLite, une synchronisation), puis relancez.'],
        en: ['The database is locked by another program. Close it, then start again.'],
      };
    case 'cannotOpen':
      return {
        fr: ['Passerelle ne trouve pas ou ne peut pas ouvrir son dossier de données :', dataDir, 'Vérifiez que ce dossier existe et qu’il est accessible (disque ou partage branché).'],
        en: ['Passerelle cannot find or open its data directory. Check that it exists and is reachable.'],
      };
    case 'corrupt':
      return {
        fr: ['La base de données de ce dossier est endommagée :', dataDir, 'Restaurez une sauvegarde : npm run restore -- --data-dir "<dossier>" (voir le README, « Sauvegardes et restauration »).'],
        en: ['The database is damaged. Restore a backup (README, “Backups and restore”).'],
      };
    case 'fieldKeyFile':
      return {
        fr: [
          'Le fichier de clé keys/field-key de ce dossier ne peut pas être lu :',
          dataDir,
          'Il n’a pas été remplacé. Remettez le fichier d’origine (depuis la copie de sécurité du dossier) ou importez le kit de récupération de la clé (README, « Sauvegardes et restauration »).',
          `Code : ${failure.code}`,
        ],
        en: [`The key file keys/field-key cannot be read (${failure.code}); it was not replaced. Put the original back or import the recovery kit.`],
      };
    case 'unknown':
      return {
        fr: [
          'Passerelle n’a pas pu ouvrir ses données dans le dossier suivant :',
          dataDir,
          'Vérifiez que ce dossier existe, que vous pouvez y écrire et que le disque n’est pas plein, puis relancez Passerelle.',
          'Si le problème persiste, contactez le service informatique en indiquant le détail ci-dessous.',
          `Détail technique : ${failure.detail}`,
        ],
        en: [`Passerelle could not open its records (${failure.detail}).`],
      };
  }
}

/** The lock's time as people read it in Liège ("6 décembre 2026 à 14:09"); the ISO text if it is not a date. */
function localTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' });
}

export function programFr(program: string): string {
  return { desktop: 'application de bureau', browser: 'mode navigateur', restore: 'restauration', demo: 'données de démonstration', copy: 'copie vers le serveur' }[program] ?? program;
}

export function startupFailureText(failure: StartupFailure, dataDir: string): string {
  const { fr, en } = sentences(failure, dataDir);
  return [...fr, '', ...en].join('\n');
}
