import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules WCAG 2.1 level AA asks for, as axe tags them (issue 21: the public sector's bar, EN 301 549). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * Makes the page follow the system's scheme (Mantine's "auto"), so `expectAccessible` can switch it between
 * light and dark with `emulateMedia` without reloading: Mantine listens to `prefers-color-scheme` and re-renders,
 * the same path a user's system switch takes. Call before the first `goto`.
 */
export async function followSystemColorScheme(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('passerelle.colorScheme', 'auto'));
  await page.emulateMedia({ colorScheme: 'light' });
}

/** One axe run of the page as it is now; the violations as readable lines (rule, impact, where, why). */
export async function violationsOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
    ),
  );
}

/**
 * Switches the system scheme and waits until the page shows it: the attribute Mantine sets, then every running CSS
 * transition finished (a control fading between the two themes' colours would otherwise be measured half-way).
 */
export async function showScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html'), 'the page follows the system scheme (call followSystemColorScheme first)').toHaveAttribute(
    'data-mantine-color-scheme',
    scheme,
  );
  // Transitions only: a spinning loader's animation never finishes.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Fails with every WCAG 2.1 AA violation axe finds on the page state `state`, in the light and then the dark
 * theme (the page is left light). `state` names the page state in the failure ("calendar, month view, as a
 * teacher").
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await showScheme(page, scheme);
    expect(await violationsOf(page), `axe violations on « ${state} » in the ${scheme} theme`).toEqual([]);
  }
  await showScheme(page, 'light');
}
