import type { AppModule } from './modules';

/** Install-wide settings, changed by an admin. Per-person preferences (language, theme) stay in the renderer. */
export interface AppSettings {
  /** Minutes without activity after which the session ends (the plan's data demands a short default). */
  idleMinutes: number;
  /** Modules this install uses: a City install and a CPAS install are usually separate machines. */
  modules: AppModule[];
}

export const DEFAULT_SETTINGS: AppSettings = {
  idleMinutes: 15,
  modules: ['schools', 'housing'],
};

export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 480;
