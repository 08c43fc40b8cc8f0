import { DatabaseTooNewError } from '../db/migrate';

/**
 * The main process's few sentences for the user, shown before any page exists (so outside the renderer's
 * translation files). French: the app's users are the City of Liège's staff.
 */
export const STARTUP_FAILURE_TITLE = 'Passerelle ne peut pas démarrer';

function technicalDetail(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  // The name and code are enough for support; a message could quote database content.
  return typeof code === 'string' ? `${error.name} (${code})` : error.name;
}

export function startupFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof DatabaseTooNewError) {
    return [
      'Les données du dossier suivant ont été enregistrées par une version plus récente de Passerelle :',
      dataDir,
      '',
      'Cette version ne peut pas les ouvrir sans risquer de les abîmer ; elles n’ont pas été modifiées.',
      'Installez la dernière version de Passerelle, ou démarrez Passerelle sur un autre dossier avec l’option --data-dir.',
    ].join('\n');
  }
  return [
    'Passerelle n’a pas pu ouvrir ses données dans le dossier suivant :',
    dataDir,
    '',
    'Vérifiez que ce dossier existe, que vous pouvez y écrire et que le disque n’est pas plein, puis relancez Passerelle.',
    'Si le problème persiste, contactez le service informatique en indiquant le détail ci-dessous.',
    '',
    `Détail technique : ${technicalDetail(error)}`,
  ].join('\n');
}
