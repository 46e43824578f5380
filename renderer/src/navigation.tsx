/**
 * Where the app is: a page, and for the page of one school its id. Any part of the UI moves the app with
 * `useNavigate()` (a link from Today, the search palette, a row of the coverage matrix); the app asks
 * before unsaved changes in a form are lost.
 */
import { createContext, useContext } from 'react';

export const PAGES = ['today', 'schools', 'plan', 'calendar', 'visits', 'mentoring', 'settings'] as const;
/** The pages in the side bar, plus the page of one school. */
export type Page = (typeof PAGES)[number] | 'school';

export interface Route {
  page: Page;
  /** The school whose page is shown (page 'school'). */
  schoolId?: number;
  /** A tab to open on the page (e.g. Visits › 'follow-up'). */
  tab?: string;
}

const NavigationContext = createContext<(route: Route) => void>(() => undefined);

export const NavigationProvider = NavigationContext.Provider;

/** Moves the app to `route` (after asking, when a form holds unsaved changes). */
export const useNavigate = () => useContext(NavigationContext);
