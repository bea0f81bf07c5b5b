/** The trigger labels' font size in the stylesheet (.trigger-label), in CSS pixels at zoom 1. */
export const LABEL_FONT_PX = 12;

/**
 * How much to enlarge a trigger label inside a canvas shown at `zoom`, so its text is never drawn
 * smaller than at zoom 1: fitting a whole flow on screen zooms out to ~0.6, which left 11 px labels
 * about 7 px tall. Zoomed in, labels grow with the graph like everything else.
 */
export function labelScale(zoom: number): number {
  if (!Number.isFinite(zoom) || zoom <= 0) return 1;
  return Math.max(1, 1 / zoom);
}
