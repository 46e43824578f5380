/** The calendar of a range as a spreadsheet: every dated item the calendar shows, one per row, in date order. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { formatDate, todayLocal, type Language } from '../../../shared/dates';
import { dictionaries, fill } from '../../../shared/i18n';
import { listOccurrences } from '../calendar/occurrences';
import { Workbook } from './workbook';

export async function eventsWorkbook(db: Kysely<DB>, cluster: string, language: Language, from: string, to: string): Promise<{ title: string; data: Uint8Array }> {
  const d = dictionaries[language];
  const { occurrences } = await listOccurrences(db, { from, to, initiativeIds: [], schoolIds: [], personIds: [] });
  const what = fill(d.exports.events, { from: formatDate(from), to: formatDate(to) });
  const rows = [...occurrences]
    .sort((a, b) => a.start.localeCompare(b.start) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.title.localeCompare(b.title))
    .map((o) => [
      o.start,
      o.end !== o.start ? o.end : null,
      o.allDay ? '' : [o.startTime, o.endTime].filter(Boolean).join('–'),
      d.exports.kindName[o.kind],
      o.title,
      o.place,
      o.initiativeCode ?? '',
      o.schoolNames.join(', '),
    ]);
  const wb = new Workbook();
  wb.addSheet(
    d.exports.eventsSheet,
    { cluster, what, date: todayLocal() },
    [
      { header: d.exports.start, width: 12, type: 'date' },
      { header: d.exports.end, width: 12, type: 'date' },
      { header: d.exports.time, width: 12 },
      { header: d.exports.kind, width: 16 },
      { header: d.exports.title, width: 44 },
      { header: d.exports.place, width: 24 },
      { header: d.exports.initiative, width: 12 },
      { header: d.visits.school, width: 40 },
    ],
    rows,
  );
  return { title: what, data: await wb.bytes() };
}
