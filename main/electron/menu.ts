import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A short French menu. Édition matters beyond looks: on macOS the clipboard shortcuts only work through menu
 * roles. Reload and DevTools are for developers only: a reload throws away the form being typed.
 */
export function buildAppMenu(isPackaged: boolean = app.isPackaged): Menu {
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: 'Recharger' }, { role: 'toggleDevTools', label: 'Outils de développement' }];
  const template: MenuItemConstructorOptions[] = [
    { label: 'Fichier', submenu: [{ role: 'quit', label: 'Quitter' }] },
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
  ];
  return Menu.buildFromTemplate(template);
}
