/** Folds text for searching: case- and accent-insensitive ("Mentiri" matches "mentíri"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** True when every word of the query occurs in one of the texts. */
export function matchesSearch(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(texts.filter(Boolean).join(' \u0000 '));
  return words.every((w) => haystack.includes(w));
}

/** An abbreviation as stored: compatibility characters unified (NFKC), spaces trimmed and single. */
export function tidyAbbreviation(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * What two abbreviations are compared on: "SR  MEN", "sr men" and "ＳＲ ＭＥＮ" are one school. Also the key
 * file names of a school's documents are unique on, so no report overwrites another.
 */
export function abbreviationKey(text: string): string {
  return tidyAbbreviation(text).toUpperCase().toLowerCase();
}
