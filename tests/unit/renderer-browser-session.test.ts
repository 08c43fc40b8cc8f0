import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureTokenFromLocation, clientId, readToken } from '../../renderer/api/browser-session';

/** Just enough of a browser tab for the module: its address, its history and its sessionStorage. */
function fakeTab(href: string) {
  const url = new URL(href);
  const storage = new Map<string, string>();
  const replaceState = vi.fn((_state: unknown, _title: string, next: string) => {
    const moved = new URL(next, url);
    url.hash = moved.hash;
  });
  vi.stubGlobal('window', {
    location: {
      get hash() {
        return url.hash;
      },
      get pathname() {
        return url.pathname;
      },
      get search() {
        return url.search;
      },
    },
    history: { replaceState },
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
  return { url, replaceState };
}

describe('browser-mode credentials', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('takes the token out of the address before the router reads it', () => {
    const tab = fakeTab('http://127.0.0.1:4000/#token=abc_DEF-123');
    captureTokenFromLocation();
    expect(readToken()).toBe('abc_DEF-123');
    expect(tab.url.hash).toBe('#/');
    expect(tab.replaceState).toHaveBeenCalledOnce();
  });

  it('leaves router addresses alone', () => {
    const tab = fakeTab('http://127.0.0.1:4000/#/settings/users');
    captureTokenFromLocation();
    expect(readToken()).toBeNull();
    expect(tab.url.hash).toBe('#/settings/users');
    expect(tab.replaceState).not.toHaveBeenCalled();
  });

  it('gives each tab one client id in the shape the server accepts', () => {
    fakeTab('http://127.0.0.1:4000/');
    const id = clientId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    expect(id).toHaveLength(43);
    expect(clientId()).toBe(id);
  });
});
