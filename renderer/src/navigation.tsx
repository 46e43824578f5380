/**
 * Where the app is: a page, and for the page of one school its id. Any part of the UI moves the app with
 * `useNavigate()` (a link from Today, the search palette, a row of the coverage matrix); the app asks
 * before unsaved changes in a form are lost.
 */
import { createContext, useContext } from 'react';

export const PAGES = ['today', 'schools', 'plan', 'calendar', 'visits', 'mentoring', 'improvement', 'settings'] as const;
/** The pages in the side bar, plus the page of one school. */
export type Page = (typeof PAGES)[number] | 'school';

export interface Route {
  page: Page;
  /** The school whose page is shown (page 'school'). */
  schoolId?: number;
  /** A tab to open on the page (e.g. Visits › 'follow-up', Improvement › 'sip'). */
  tab?: string;
  /** The year to open (the plan of an initiative found by search). */
  year?: number;
  /** The day to open (the calendar's month of an event, the visits' term of a visit). */
  date?: string;
  /** Open the page's form for a new record (the palette's "New visit", "New event"…). */
  action?: 'new';
  /** Count overdue as of this day, not today (a link from Today set to another date). */
  asOf?: string;
}

/** A key that tells one route to a page from another, so the page opens afresh on each. */
export const routeKey = (r: Route) => [r.tab, r.year, r.date, r.action, r.asOf].map((x) => x ?? '').join('|');

const NavigationContext = createContext<(route: Route) => void>(() => undefined);

export const NavigationProvider = NavigationContext.Provider;

/** Moves the app to `route` (after asking, when a form holds unsaved changes). */
export const useNavigate = () => useContext(NavigationContext);
