/**
 * The update dialogs' sentences. Plain French, like the menu: they are shown by the main process, outside the
 * renderer's translation files. Each says what happens next and what the user can do.
 */
export const UPDATE_DIALOG_TITLE = 'Mise à jour de Passerelle';

export const updateMessages = {
  available: (version: string) => ({
    message: `Une nouvelle version de Passerelle (${version}) est disponible.`,
    detail: 'Le téléchargement se fait en arrière-plan : vous pouvez continuer à travailler.',
    buttons: ['Télécharger et installer', 'Plus tard'] as const,
  }),
  ready: (version: string) => ({
    message: `La version ${version} de Passerelle est téléchargée.`,
    detail:
      'Passerelle doit redémarrer pour l’installer. Enregistrez d’abord ce que vous êtes en train de saisir. ' +
      'Si vous choisissez « À la fermeture », elle s’installera quand vous quitterez Passerelle.',
    buttons: ['Redémarrer maintenant', 'À la fermeture'] as const,
  }),
  downloadFailed: {
    message: 'Le téléchargement de la mise à jour n’a pas abouti.',
    detail: 'Passerelle continue dans sa version actuelle. La mise à jour sera proposée au prochain démarrage.',
  },
  // The next three answer "Aide → Rechercher des mises à jour…" only: at start-up, nothing is said.
  upToDate: (version: string) => ({
    message: `Passerelle est à jour (version ${version}).`,
    detail: '',
  }),
  unreachable: {
    message: 'Le serveur des mises à jour ne répond pas.',
    detail: 'Vérifiez la connexion au réseau de la Ville et réessayez plus tard. Si cela se répète, prévenez le service informatique.',
  },
  notInstalled: {
    message: 'Les mises à jour ne se cherchent que dans l’application installée.',
    detail: 'Cette copie de Passerelle a été lancée depuis ses sources (développement).',
  },
  busy: {
    message: 'Une recherche ou un téléchargement de mise à jour est déjà en cours.',
    detail: 'La barre de progression de la fenêtre montre l’avancement du téléchargement.',
  },
} as const;
