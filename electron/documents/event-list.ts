/**
 * The event list: everything dated in a range (plan events, exams and their checkpoints, school visits,
 * mentoring sessions, school terms and holidays), one row each in date order, the schools named as "all
 * schools" or by level where they are, signed off.
 */
import { TableRow, type Document } from 'docx';
import type { EventListItem, EventListModel, SchoolScope } from '../../shared/documents/event-list-model';
import { dictionaries, type Dictionary } from '../../shared/i18n';
import { LABEL_FILL, MUTED, TOTAL_FILL, columnWidths, formatDateRange, headerRow, officialDocument, shortDate, signOffBlock, smallCell, subtitle, table, textWidth, title as titleLine, type Line } from './kit';

/** Date, event, initiative, schools, place: shares of the portrait text width. */
const SHARES = [20, 32, 15, 17, 16];

/** "Senarai Acara Kluster 2 (1–28 Februari 2023)": the file's title and the running header's. */
export function eventListTitle(m: EventListModel): string {
  const d = dictionaries[m.letterhead.language].doc;
  return `${d.eventListTitle.replace('{{cluster}}', m.letterhead.clusterName)} (${formatDateRange(m.from, m.to, m.letterhead.language)})`;
}

/** "Semua sekolah", "Semua sekolah menengah", or the abbreviations, each kept on one line. */
export function schoolsText(s: SchoolScope, d: Dictionary): string {
  switch (s.scope) {
    case 'all':
      return d.doc.allSchools;
    case 'level':
      return d.doc.allSchoolsOfLevel.replace('{{level}}', d.levelShort[s.level]);
    case 'some':
      return s.abbreviations.map((a) => a.replace(/ /g, '\u00a0')).join(', ');
    case 'none':
      return '';
  }
}

const note = (text: string): Line => ({ text, size: 16, italics: true, color: MUTED });

/** The event cell: what it is, then a quieter line saying what kind of item it is or more about it. */
function whatLines(i: EventListItem, d: Dictionary): Line[] {
  const e = d.eventList;
  const planned = (text: string, yes: boolean) => (yes ? `${text} · ${e.planned}` : text);
  switch (i.kind) {
    case 'event':
      return [{ text: i.title }, ...(i.phase ? [note(`${d.doc.phase}: ${i.phase}`)] : [])];
    case 'exam':
      return [{ text: i.name, bold: true }, note(e.kind.exam)];
    case 'checkpoint':
      return [{ text: e.checkpoint.replace('{{exam}}', i.name).replace('{{days}}', String(i.daysBefore)) }, note(e.checkpointOf.replace('{{date}}', shortDate(i.examDate, d)))];
    case 'visit':
      return [
        { text: e.visit.replace('{{purpose}}', i.purpose) },
        note(planned(e.kind.visit, i.planned)),
        ...(i.officers.length ? [note(e.officers.replace('{{names}}', i.officers.join(', ')))] : []),
      ];
    case 'session':
      return [{ text: e.session.replace('{{mentee}}', i.mentee) }, note(planned(e.sessionMentor.replace('{{mentor}}', i.mentor), i.planned))];
    case 'term':
    case 'holiday':
      return [{ text: i.name, bold: true }, note(e.kind[i.kind])];
  }
}

/** Its own dates, in full even when it began before the range, so the reader sees it is under way. */
function dateLines(i: EventListItem, m: EventListModel): Line[] {
  const out: Line[] = [{ text: formatDateRange(i.start, i.end, m.letterhead.language) }];
  if (i.kind === 'event' && i.startTime) out.push({ text: i.endTime ? `${i.startTime}–${i.endTime}` : i.startTime, size: 16, color: MUTED });
  return out;
}

const placeOf = (i: EventListItem) => (i.kind === 'event' ? i.place : i.kind === 'visit' ? i.school : '');

export function layoutEventList(m: EventListModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const title = eventListTitle(m);
  const widths = columnWidths(SHARES);
  const w = (i: number) => widths[i] ?? 0;
  const last = m.items.length - 1;

  const rows: TableRow[] = m.items.map((item, n) => {
    // Terms and holidays stand out as shaded rows; the last row is kept with the sign-off.
    const fill = item.kind === 'term' ? TOTAL_FILL : item.kind === 'holiday' ? LABEL_FILL : undefined;
    const opts = { fill };
    return new TableRow({
      cantSplit: true,
      keepNext: n === last || undefined,
      children: [
        smallCell(dateLines(item, m), w(0), opts),
        smallCell(whatLines(item, d), w(1), opts),
        smallCell([{ text: item.initiative ?? '' }], w(2), opts),
        smallCell([{ text: schoolsText(item.schools, d) }], w(3), opts),
        smallCell([{ text: placeOf(item) }], w(4), opts),
      ],
    });
  });
  if (rows.length === 0) rows.push(new TableRow({ cantSplit: true, keepNext: true, children: [smallCell([{ text: d.doc.noEvents, italics: true }], textWidth(), { span: SHARES.length })] }));

  const count = (m.items.length === 1 ? d.doc.eventCount_one : d.doc.eventCount_other).replace('{{count}}', String(m.items.length));
  const doc = officialDocument(m.letterhead, {
    title,
    subject: d.eventList.subject,
    body: [
      titleLine(d.doc.eventListTitle.replace('{{cluster}}', m.letterhead.clusterName).toUpperCase()),
      subtitle(`${formatDateRange(m.from, m.to, language)} · ${count}`),
      table(widths, [headerRow([d.doc.date, d.doc.event, d.doc.initiative, d.doc.schools, d.doc.place], widths), ...rows]),
    ],
    end: signOffBlock(m.signOff, language),
  });
  return { doc, title };
}
