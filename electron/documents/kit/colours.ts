/** The documents' colours: the letterhead's dark blue and its tints, quiet grey, alert red, done green. */
export const HEAD_FILL = '1F3864';
export const LABEL_FILL = 'D9E2F3';
export const TOTAL_FILL = 'EDF1F9';
export const MUTED = '595959';
export const ALERT = 'C00000';
export const DONE = '1E7B34';
export const GRID = 'A6A6A6';
export const WHITE = 'FFFFFF';
/** A warning short of alert (a school at risk, a target behind). */
export const WARN = 'B45F06';
