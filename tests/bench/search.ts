/**
 * Search everywhere on the ten-year data: `search.query` for a school's name (its schools, its ten years of
 * visits and the events naming it), a word in 50,000 event titles, an initiative, part of a leader's name, and
 * a school with a date. Target: each at most 30 ms (median).
 */
import type { SearchAnswer } from '../../shared/search/types';
import { median, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

export async function measureSearch(data: TenYearData): Promise<boolean> {
  const search = async (text: string) => {
    const r = await data.dispatch('search.query', { text, limit: 5 });
    if (!r.ok) throw new Error(`search.query: ${r.error.message}`);
    return r.value as SearchAnswer;
  };
  const leader = await data.ctx.db().selectFrom('people').select('name').where('leader_role', '=', 'head').orderBy('id').executeTakeFirstOrThrow();
  const part = leader.name.split(' ').slice(1, 3).join(' ').slice(0, -1);
  const texts: [string, string][] = [
    ['mentiri', 'a place: 3 schools, their visits, events'],
    ['mesyuarat', 'a word in 50,000 event titles'],
    ['mesyuarat 2017', 'that word in the earliest year'],
    ['sekolah', 'every school and its visits'],
    ['epic', 'an initiative, its phases and sessions'],
    [part, 'part of a leader’s name'],
    ['sr mentiri 03/2023', 'a school and a month'],
  ];
  const figures: Figure[] = [];
  for (const [text, what] of texts) {
    const found = (await search(text)).results.length;
    figures.push({ name: `search.query "${text}" (${what}; ${found} results)`, value: median(await timed(() => search(text), 30, 3)), unit: 'ms', target: 30 });
  }
  return report('Search everywhere (ten-year data)', figures);
}
