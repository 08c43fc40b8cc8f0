import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A short French menu. Édition matters beyond looks: on macOS the clipboard shortcuts only work through menu
 * roles. Reload and DevTools are for developers only: a reload throws away the form being typed.
 * "Connexion au serveur…" opens the chooser of connection-chooser.ts (local database or team server).
 * "Aide → Rechercher des mises à jour…" only where IT configured a check (updates/settings.ts).
 */
export function buildAppMenu(isPackaged: boolean = app.isPackaged, onChooseConnection?: () => void, onCheckForUpdates?: () => void): Menu {
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: 'Recharger' }, { role: 'toggleDevTools', label: 'Outils de développement' }];
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
    ...(onCheckForUpdates ? [{ label: 'Aide', submenu: [{ label: 'Rechercher des mises à jour…', click: () => onCheckForUpdates() }] }] : []),
  ];
  return Menu.buildFromTemplate(template);
}
