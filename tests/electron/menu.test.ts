import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { buildAppMenu } = await import('../../main/electron/menu');

interface Item {
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: Item[];
}

function roles(isPackaged: boolean): string[] {
  buildAppMenu(isPackaged);
  const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
  return template.flatMap((menu) => (menu.submenu ?? []).map((item) => item.role ?? '-'));
}

describe('the application menu', () => {
  beforeEach(() => fake.reset());

  it('is in French', () => {
    buildAppMenu(true);
    const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage']);
    for (const item of template.flatMap((menu) => menu.submenu ?? [])) {
      if (item.role) expect(item.label, item.role).toMatch(/^[A-ZÉ]/);
    }
  });

  it('keeps reload and DevTools out of the installed app', () => {
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'undo']));
  });

  it('offers “Connexion au serveur…” in Fichier when the app can change its connection', () => {
    const onChoose = vi.fn();
    buildAppMenu(true, onChoose);
    const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
    const item = template[0]!.submenu!.find((entry) => entry.label === 'Connexion au serveur…');
    expect(item).toBeDefined();
    item!.click!();
    expect(onChoose).toHaveBeenCalledTimes(1);
    // Without a way to change it (while the choice itself is on screen), no such item.
    buildAppMenu(true);
    const plain = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
    expect(plain[0]!.submenu!.map((entry) => entry.label)).toEqual(['Quitter']);
  });

  it('offers Aide → « Ouvrir le dossier des journaux » when given the way to open it', () => {
    const onOpenLogs = vi.fn();
    buildAppMenu(true, undefined, onOpenLogs);
    const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const item = template[3]!.submenu!.find((entry) => entry.label === 'Ouvrir le dossier des journaux');
    item!.click!();
    expect(onOpenLogs).toHaveBeenCalledTimes(1);
  });

  it('offers “Aide → Rechercher des mises à jour…” only when IT configured a check', () => {
    const onCheck = vi.fn();
    buildAppMenu(true, undefined, vi.fn(), onCheck);
    const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
    const help = template.find((menu) => menu.label === 'Aide');
    const item = help?.submenu?.find((entry) => entry.label === 'Rechercher des mises à jour…');
    expect(item).toBeDefined();
    item!.click!();
    expect(onCheck).toHaveBeenCalledTimes(1);
    buildAppMenu(true, vi.fn(), vi.fn());
    const withoutCheck = fake.Menu.buildFromTemplate.mock.lastCall![0] as Item[];
    expect(withoutCheck.flatMap((menu) => menu.submenu ?? []).map((entry) => entry.label)).not.toContain('Rechercher des mises à jour…');
  });
});
