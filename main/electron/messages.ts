import { classifyStartupError } from '../startup/failures';
import { startupFailureText, STARTUP_FAILURE_TITLE } from '../startup/messages';

/**
 * The main process's sentences for the user, shown before any page exists (so outside the renderer's
 * translation files): the same French-then-English text browser mode prints (main/startup/messages.ts).
 */
export { STARTUP_FAILURE_TITLE };

export function startupFailureMessage(error: unknown, dataDir: string): string {
  return startupFailureText(classifyStartupError(error), dataDir);
}
