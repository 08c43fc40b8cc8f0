import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type PasserelleApi } from '../../shared/api/contract';

/**
 * The page's only door to the main process: `window.passerelle`, one method per contract channel, built
 * by the same `buildApi` as browser mode's HTTP client. Neither `ipcRenderer` nor a generic `invoke(channel)`
 * is exposed, so a script in the page can call the contract's channels and nothing else. The renderer types
 * `window.passerelle` as `PasserelleApi`; `satisfies` proves this object is one.
 */
const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies PasserelleApi;

contextBridge.exposeInMainWorld('passerelle', api);
