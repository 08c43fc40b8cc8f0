import type { PasserelleApi } from '../shared/api/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in browser mode, where the HTTP client is used. */
    passerelle?: PasserelleApi;
  }
}
