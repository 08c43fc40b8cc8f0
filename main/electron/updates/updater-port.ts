/**
 * What the update flow uses of electron-updater's `autoUpdater`, and nothing more. The flow takes it as a
 * parameter: the real one is loaded by load-updater.ts (electron-updater requires `electron`, which cannot load
 * on the development machines), tests hand in a fake.
 */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  /** Web installers (nsis-web) fetch a package the signature check does not cover; Passerelle ships none. */
  disableWebInstaller: boolean;
  /** electron-updater's own logger; set to null, since its lines carry paths under the user's profile. */
  logger: unknown;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  /** Null when the updater is inactive (an app that is not packaged). */
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
}

/**
 * What the log keeps of an update failure: the error's class, its code (electron-updater's ERR_UPDATER_*,
 * Node's ECONNREFUSED…), an HTTP status, and Chromium's `net::ERR_*` name, all fixed vocabularies. Never the
 * message, which quotes paths under the user's profile (C:\Users\<name>\…) and server answers.
 */
export function updateErrorFacts(error: unknown): Record<string, string | number> {
  if (!(error instanceof Error)) return { errorClass: typeof error };
  const facts: Record<string, string | number> = { errorClass: error.name };
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code)) facts.errorCode = code;
  if (typeof statusCode === 'number') facts.httpStatus = statusCode;
  const netError = /net::(ERR_[A-Z0-9_]{1,64})/.exec(error.message);
  if (netError) facts.netError = netError[1]!;
  return facts;
}
