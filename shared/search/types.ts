/** What the search palette finds: records of every kind, each with the page that opens it. */

export const SEARCH_KINDS = ['school', 'person', 'initiative', 'phase', 'event', 'visit', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The pages a result opens; the same names as the UI's routes (`page: 'school'` is one school's page). */
export type SearchPage = 'school' | 'schools' | 'plan' | 'calendar' | 'visits' | 'mentoring' | 'settings';

/** Where a result is opened: a page, the school for a school's page, and a tab or key the page may use. */
export interface SearchRoute {
  page: SearchPage;
  schoolId?: number;
  tab?: string;
  /** The plan's year of an initiative or phase. */
  year?: number;
  /** The day of an event (the calendar opens on its month) or of a visit (Visits opens on its term). */
  date?: string;
}

export interface SearchResult {
  kind: SearchKind;
  id: number;
  /** In the UI's language. */
  title: string;
  /** A short line beside the title (abbreviation and level, role and school, date…), in the UI's language. */
  subtitle: string;
  route: SearchRoute;
}

export interface SearchAnswer {
  /** The text searched for, as received (so a late answer can be told from the current one). */
  text: string;
  /** Schools first, then people, initiatives, phases, events, visits and documents; each kind capped. */
  results: SearchResult[];
}
