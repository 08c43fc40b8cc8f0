import { createTheme, localStorageColorSchemeManager, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

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
    Menu: { defaultProps: { width: 260 } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
});

/**
 * Secondary ("dimmed") text darker than Mantine's default gray, which falls short of WCAG AA contrast (3.3:1)
 * for the small hints and descriptions this app uses a lot.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c6370' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

/** Light, dark or following the system; remembered on this machine. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'passerelle.colorScheme' });
