/** A4 page set-up: sizes, margins and the width between the margins, in twips (twentieths of a point). */
import { PageOrientation, type ISectionOptions } from 'docx';

export const FONT = 'Arial';
export const A4 = { width: 11906, height: 16838 };
/** 2 cm on every side. */
export const MARGIN = 1134;
/** Distance of the running header and footer from the page edge (1 cm). */
export const HEADER_FOOTER_DISTANCE = 567;

/** Width between the margins: what a full-width table uses, exactly. */
export const textWidth = (landscape = false) => (landscape ? A4.height : A4.width) - 2 * MARGIN;

/** The page of a section: A4 portrait or landscape with the standard margins. */
export const pageProperties = (landscape = false): NonNullable<NonNullable<ISectionOptions['properties']>['page']> => ({
  size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
  margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
});
