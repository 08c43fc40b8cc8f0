import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A short French menu. Édition matters beyond looks: on macOS the clipboard shortcuts only work through menu
 * roles. Reload and DevTools are for developers only: a reload throws away the form being typed.
 * "Connexion au serveur…" opens the chooser of connection-chooser.ts (local database or team server).
 * "Aide → Ouvrir le dossier des journaux" opens the log and crash-dump folder (logs-folder.ts);
 * "Aide → Rechercher des mises à jour…" is there only where IT configured a check (updates/settings.ts).
 */
export function buildAppMenu(
  isPackaged: boolean = app.isPackaged,
  onChooseConnection?: () => void,
  onOpenLogsFolder?: () => void,
  onCheckForUpdates?: () => void,
): Menu {
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: 'Recharger' }, { role: 'toggleDevTools', label: 'Outils de développement' }];
  const helpItems: MenuItemConstructorOptions[] = [
    ...(onOpenLogsFolder ? [{ label: 'Ouvrir le dossier des journaux', click: () => onOpenLogsFolder() }] : []),
    ...(onCheckForUpdates ? [{ label: 'Rechercher des mises à jour…', click: () => onCheckForUpdates() }] : []),
  ];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        ...(onChooseConnection ? [{ label: 'Connexion au serveur…', click: () => onChooseConnection() }, { type: 'separator' as const }] : []),
        { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { role: 'resetZoom', label: 'Taille réelle' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
        ...developerItems,
      ],
    },
    ...(helpItems.length > 0 ? [{ label: 'Aide', submenu: helpItems }] : []),
  ];
  return Menu.buildFromTemplate(template);
}
