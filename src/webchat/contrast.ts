/**
 * WCAG 2.x contrast between two colours, for refusing a branding pair residents could not read.
 * Pure: colours in, numbers out.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#rgb` or `#rrggbb` (any case); anything else is undefined, so settings can name the problem. */
export function parseHexColour(text: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

/** Relative luminance as WCAG 2.2 defines it (sRGB, 0 for black to 1 for white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** From 1 (same colour) to 21 (black on white); order does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 2.2 AA for normal-size text (1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * The ratio rounded down to two places, as checkers print it: a pair shown as "4.49" is refused
 * and one shown as "4.50" is not, so what the operator reads agrees with the decision.
 */
export function meetsTextContrast(a: Rgb, b: Rgb): { ok: boolean; ratio: number } {
  const ratio = Math.floor(contrastRatio(a, b) * 100) / 100;
  return { ok: ratio >= MIN_TEXT_CONTRAST, ratio };
}
