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

/**
 * The WCAG 2.1 AA rules whose outcome depends on colours: all a theme changes. The dark pass runs only these — the
 * markup, names, roles and focus order are the same in both themes, and a full run costs twice as much.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * One axe run of the page as it is now (every WCAG 2.1 AA rule, or only the colour rules); the violations as
 * readable lines (rule, impact, where, why).
 */
export async function violationsOf(page: Page, only: 'all' | 'colours' = 'all'): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (only === 'colours' ? builder.withRules(COLOUR_RULES) : builder.withTags([...WCAG_21_AA])).analyze();
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

/** The runs that check a page state: every rule in the light theme, the colour rules again in the dark one. */
export const SCHEME_PASSES = [
  { scheme: 'light', only: 'all' },
  { scheme: 'dark', only: 'colours' },
] as const;

/**
 * Fails with every WCAG 2.1 AA violation axe finds on the page state `state`, in the light and then the dark
 * theme (the page is left light). `state` names the page state in the failure ("calendar, month view, as a
 * teacher").
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const { scheme, only } of SCHEME_PASSES) {
    await showScheme(page, scheme);
    expect(await violationsOf(page, only), `axe violations on « ${state} » in the ${scheme} theme`).toEqual([]);
  }
  await showScheme(page, 'light');
}
