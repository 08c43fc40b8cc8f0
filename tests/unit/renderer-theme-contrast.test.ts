import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { cssVariablesResolver, theme } from '../../renderer/theme';

/**
 * The theme's text colours read at WCAG AA (4.5:1) wherever Mantine shows them (issue 21), in both themes. The
 * ratio is computed here from WCAG 2.1's definition, not with the theme's own helper, so a mistake there shows.
 */
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The 0–255 channels of `#rrggbb` or of an opaque `rgba(r, g, b, 1)` (what Mantine's darken/lighten give). */
function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return hex.slice(1).map((part) => parseInt(part, 16)) as [number, number, number];
  const rgba = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(colour);
  if (rgba && (rgba[4] === undefined || Number(rgba[4]) === 1)) return rgba.slice(1, 4).map(Number) as [number, number, number];
  throw new Error(`not an opaque colour: ${colour}`);
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const variables = cssVariablesResolver(merged);
const { dark, gray } = merged.colors;
const colourNames = Object.keys(merged.colors).filter((name) => name !== 'dark');

describe('the theme’s text colours', () => {
  it('read at 4.5:1 on the light theme’s page, cards and rows, and light-variant text on its own pale wash', () => {
    const light = variables.light as Record<string, string>;
    for (const name of colourNames) {
      const shades = merged.colors[name]!;
      for (const surface of ['#ffffff', gray[0], gray[1]]) {
        expect(ratio(light[`--mantine-color-${name}-text`]!, surface), `${name}-text on ${surface}`).toBeGreaterThanOrEqual(4.5);
        expect(ratio(light[`--mantine-color-${name}-outline`]!, surface), `${name}-outline on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
      // Mantine's light variant in the light theme: shade 1 (or 0 when hovered) under the light colour; the
      // colour's text stands there too (an error note on a red-tinted cell).
      for (const wash of [shades[0], shades[1]]) {
        expect(ratio(light[`--mantine-color-${name}-light-color`]!, wash), `${name}-light-color on ${wash}`).toBeGreaterThanOrEqual(4.5);
        expect(ratio(light[`--mantine-color-${name}-text`]!, wash), `${name}-text on ${wash}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('read at 4.5:1 on the dark theme’s page, cards, inputs, rows and navbar', () => {
    const darkVariables = variables.dark as Record<string, string>;
    for (const name of colourNames) {
      for (const surface of [dark[5], dark[6], dark[7], dark[8]]) {
        expect(ratio(darkVariables[`--mantine-color-${name}-text`]!, surface), `${name}-text on ${surface}`).toBeGreaterThanOrEqual(4.5);
        expect(ratio(darkVariables[`--mantine-color-${name}-outline`]!, surface), `${name}-outline on ${surface}`).toBeGreaterThanOrEqual(4.5);
        expect(ratio(darkVariables[`--mantine-color-${name}-light-color`]!, surface), `${name}-light-color on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('make errors and dimmed text readable: the error colour is red’s readable text in both themes', () => {
    expect(variables.light['--mantine-color-error']).toBe('var(--mantine-color-red-text)');
    expect(variables.dark['--mantine-color-error']).toBe('var(--mantine-color-red-text)');
    expect(ratio(variables.light['--mantine-color-dimmed']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Mantine's own red 6 on white, what the error colour was: the check above is not vacuous.
    expect(ratio(merged.colors.red[6], '#ffffff')).toBeLessThan(4.5);
  });

  it('turn text on filled colours white or black at the luminance where both read the same', () => {
    expect(merged.autoContrast).toBe(true);
    // At 0.179, white and black give equal contrast: (1.05)/(L+0.05) = (L+0.05)/0.05.
    const crossover = merged.luminanceThreshold;
    expect(1.05 / (crossover + 0.05)).toBeCloseTo((crossover + 0.05) / 0.05, 1);
  });
});
