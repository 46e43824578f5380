/** The desktop menu's Undo, passed to the page that keeps an undo list (the plan) as a window event. */
export const UNDO_EVENT = 'cluster-office:undo';
