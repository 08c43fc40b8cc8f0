import {
  createTheme,
  darken,
  DEFAULT_THEME,
  lighten,
  localStorageColorSchemeManager,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** Liège's red (#c8102e at index 6), from a pale wash to a deep wine. */
const liege: MantineColorsTuple = [
  '#fff0f2',
  '#ffdde2',
  '#fbb9c3',
  '#f591a1',
  '#ec6a80',
  '#de4561',
  '#c8102e',
  '#a80d27',
  '#880a20',
  '#660718',
];

/** A calm slate-teal for secondary accents (icons, highlights) beside the red. */
const meuse: MantineColorsTuple = [
  '#e9f7f6',
  '#d3ecea',
  '#a6d9d4',
  '#76c5bd',
  '#50b4aa',
  '#37a99e',
  '#279d92',
  '#16877d',
  '#05786f',
  '#00675f',
];

export const theme = createTheme({
  primaryColor: 'liege',
  primaryShade: { light: 6, dark: 6 },
  colors: { liege, meuse },
  // Text on a filled colour (buttons, badges, theme icons) is white or black, whichever reads: 0.179 is the
  // luminance where white and black give the same contrast, so either choice is at least 4.58:1 (WCAG AA).
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '700',
  },
  components: {
    Modal: {
      defaultProps: { centered: true, radius: 'lg', padding: 'lg', overlayProps: { backgroundOpacity: 0.45, blur: 2 } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    // Badges hold short labels (roles, statuses) that must never be cut to "Coordination int…".
    Badge: {
      defaultProps: { tt: 'none', radius: 'sm' },
      styles: { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } },
    },
    // A searchable list opens on typing, Alt+↓ or a click, not on focus (WAI-ARIA's combobox): a list opened by
    // focus alone covers the next fields, takes the first Esc from the dialog around it, and would open over the
    // form when a refused submit puts focus on the field (renderer/forms/form-error-focus.ts).
    Select: { defaultProps: { openOnFocus: false } },
    MultiSelect: { defaultProps: { openOnFocus: false } },
    Menu: { defaultProps: { width: 260 } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
});

/** WCAG 2.1's contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** AA asks 4.5:1 for normal text; a little more, so rounding in the browser never falls under it. */
const TEXT_CONTRAST = 4.6;

/**
 * `color`, darkened (light theme) or lightened (dark theme) by the smallest step that reads at 4.6:1 on every one
 * of `backgrounds`: Mantine's shades are hues, not text colours, and several (teal, orange, yellow, the light
 * reds) fall short as text on white or on their own pale wash.
 */
function readableOn(color: string, backgrounds: readonly string[], scheme: 'light' | 'dark'): string {
  for (let step = 0; step <= 1; step += 0.05) {
    const candidate = step === 0 ? color : scheme === 'light' ? darken(color, step) : lighten(color, step);
    if (backgrounds.every((background) => contrast(candidate, background) >= TEXT_CONTRAST)) return candidate;
  }
  return scheme === 'light' ? '#000000' : '#ffffff';
}

const dark = DEFAULT_THEME.colors.dark;
const gray = DEFAULT_THEME.colors.gray;
/** Where text stands in the light theme: the page, cards, striped and hovered rows. */
const LIGHT_SURFACES = ['#ffffff', gray[0], gray[1]];
/** …and in the dark theme: the page (dark 7), cards and inputs (dark 6), hovered rows (dark 5), the navbar (dark 8). */
const DARK_SURFACES = [dark[7], dark[6], dark[5], dark[8]];

/**
 * For every colour of the theme, the colours Mantine uses as text made readable (WCAG AA) where they are shown:
 * `-text` (Text/Anchor `c="teal"`, the error colour), `-light-color` (light-variant badges, alerts and buttons,
 * on their own pale wash `-light`) and `-outline` (outline buttons and badges).
 */
function readableColorVariables(scheme: 'light' | 'dark'): Record<string, string> {
  const colors = { ...DEFAULT_THEME.colors, liege, meuse };
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark') continue;
    if (scheme === 'light') {
      // Also on the colour's own pale wash: an error note stands on a red-tinted cell or alert.
      const text = readableOn(shades[6], [...LIGHT_SURFACES, shades[0], shades[1]], 'light');
      variables[`--mantine-color-${name}-text`] = text;
      variables[`--mantine-color-${name}-outline`] = text;
      variables[`--mantine-color-${name}-light-color`] = readableOn(shades[9], [shades[1], shades[0], ...LIGHT_SURFACES], 'light');
    } else {
      // The dark theme's light variant is the colour's deepest shade darkened by half, under shade 0.
      const wash = darken(shades[9], 0.5);
      variables[`--mantine-color-${name}-text`] = readableOn(shades[4], DARK_SURFACES, 'dark');
      variables[`--mantine-color-${name}-outline`] = readableOn(shades[2], DARK_SURFACES, 'dark');
      variables[`--mantine-color-${name}-light-color`] = readableOn(shades[0], [wash, ...DARK_SURFACES], 'dark');
    }
  }
  return variables;
}

/**
 * Text colours that meet WCAG AA contrast (issue 21) in both themes: secondary ("dimmed") text darker than
 * Mantine's default gray (3.3:1), the error colour of fields and messages (Mantine's red 6 is 3.3:1 on white, its
 * red 8 3:1 on a dark input), and every theme colour's text, light-variant and outline shades (above).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...readableColorVariables('light'),
    '--mantine-color-dimmed': '#5c6370',
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  },
  dark: {
    ...readableColorVariables('dark'),
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    // Links: Liège red 4 is 4:1 on a dark card.
    '--mantine-color-anchor': 'var(--mantine-color-liege-text)',
  },
});

/** Light, dark or following the system; remembered on this machine. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'passerelle.colorScheme' });
