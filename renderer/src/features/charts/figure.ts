/**
 * A chart's widest drawing, in CSS pixels: about the width an A4 page prints at 96 dpi with its margins, so a
 * chart prints as it is on screen, not shrunk from a wide window.
 */
export const FIGURE_WIDTH = 700;
/** The class print.css keeps whole on a sheet. */
export const FIGURE_CLASS = 'chart-figure';
