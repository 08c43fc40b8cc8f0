import { appendFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SCHEME_PASSES, showScheme, violationsOf } from './axe';

/**
 * `expectAccessible` for a walk over many page states: the same WCAG 2.1 AA axe run in the light and the dark
 * theme, but a violation is a soft failure, so one run of the walk lists every state's violations in both themes
 * instead of stopping at the first (the test still fails). With A11Y_LOG=<file>, each state's lines are also
 * appended there as JSON, to count them before and after a change.
 */
export async function checkAccessible(page: Page, state: string): Promise<void> {
  for (const { scheme, only } of SCHEME_PASSES) {
    await showScheme(page, scheme);
    const violations = await violationsOf(page, only);
    if (process.env.A11Y_LOG) appendFileSync(process.env.A11Y_LOG, `${JSON.stringify({ state, scheme, violations })}\n`);
    expect.soft(violations, `axe violations on « ${state} » in the ${scheme} theme`).toEqual([]);
  }
  await showScheme(page, 'light');
}
