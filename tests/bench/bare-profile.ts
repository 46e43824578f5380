/**
 * The cluster profile's content as a bare docx build, the yardstick for the app's own render: the same
 * report model walked field by field, every text a plain Paragraph of one TextRun and every table a plain
 * Table of TableRow, TableCell and Paragraph, with no styles, numbering, fonts, shading, page setup,
 * letterhead image, header, footer or table of contents. The words the app adds around the model (headings,
 * column heads, month names) come from the same dictionary, so both documents hold the same text.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { ClusterProfileModel } from '../../shared/documents/cluster-profile-model';
import type { CalendarGridModel } from '../../shared/documents/initiative-calendar-model';
import { countLine, dictionaries, fill, type Dictionary } from '../../shared/i18n';
import { monthOrdinal, windowEnd, windowMonths } from '../../shared/plan/months';

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const cell = (texts: string[], columnSpan?: number) => new TableCell({ columnSpan, children: texts.length > 0 ? texts.map(p) : [p('')] });
const row = (cells: TableCell[]) => new TableRow({ children: cells });
const table = (rows: TableRow[]) => new Table({ rows });

/** The calendar grid: the months, a strip each for terms, holidays and exams, then a row per lane with its phases spanning their months. */
function calendarTable(grid: CalendarGridModel, d: Dictionary): (Paragraph | Table)[] {
  const months = windowMonths(grid.window);
  const first = monthOrdinal(grid.window.start);
  const last = `${windowEnd(grid.window)}-31`;
  const touching = (kind: 'term' | 'holiday', month: string) =>
    grid.periods.filter((x) => x.kind === kind && x.start <= `${month}-31` && x.end >= `${month}-01`).map((x) => x.name);
  const marks = (month: string) =>
    (grid.exams ?? []).flatMap((x) => [
      ...x.checkpoints.filter((c) => c.date.startsWith(month)).map((c) => `${x.name} ${c.daysBefore}`),
      ...(x.date.startsWith(month) ? [x.name] : []),
    ]);
  const rows = [
    row([cell([d.doc.initiative]), ...months.map((m) => cell([`${d.doc.monthsShort[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`]))]),
    row([cell([d.doc.terms]), ...months.map((m) => cell(touching('term', m)))]),
    row([cell([d.doc.holidays]), ...months.map((m) => cell(touching('holiday', m)))]),
    row([cell([d.doc.initiativeCalendar.exams]), ...months.map((m) => cell(marks(m)))]),
  ];
  for (const initiative of grid.initiatives) {
    const lanes = initiative.lanes.length > 0 ? initiative.lanes : [{ phases: [] }];
    lanes.forEach((lane, index) => {
      const cells = [cell(index === 0 ? [`${initiative.code} ${initiative.name}`] : [])];
      let cursor = 0;
      for (const phase of [...lane.phases].sort((a, b) => monthOrdinal(a.start) - monthOrdinal(b.start))) {
        const start = Math.max(monthOrdinal(phase.start) - first, cursor);
        const end = Math.min(monthOrdinal(phase.end) - first, months.length - 1);
        if (end < start) continue;
        for (; cursor < start; cursor++) cells.push(cell([]));
        cells.push(cell([phase.name], end - start + 1));
        cursor = end + 1;
      }
      for (; cursor < months.length; cursor++) cells.push(cell([]));
      rows.push(row(cells));
    });
  }
  const inWindow = (date: string) => date >= `${grid.window.start}-01` && date <= last;
  return [
    table(rows),
    p(`${d.doc.terms}: ${grid.periods.filter((x) => x.kind === 'term').map((x) => `${x.name} (${x.start} – ${x.end})`).join('; ')}`),
    p(`${d.doc.holidays}: ${grid.periods.filter((x) => x.kind === 'holiday').map((x) => `${x.name} (${x.start} – ${x.end})`).join('; ')}`),
    p(
      `${d.doc.initiativeCalendar.exams}: ${(grid.exams ?? [])
        .filter((x) => inWindow(x.date) || x.checkpoints.some((c) => inWindow(c.date)))
        .map((x) => `${x.name} ${x.date} (${x.checkpoints.map((c) => `${c.date} (${c.daysBefore})`).join(', ')})`)
        .join('; ')}`,
    ),
  ];
}

/** The profile's content as a plain docx Document, read from the same model the app lays out. */
export function bareProfile(m: ClusterProfileModel): Document {
  const { language } = m.letterhead;
  const dictionary = dictionaries[language];
  const d = dictionary.clusterProfile;
  const values = { cluster: m.letterhead.clusterName, year: m.year };
  const lh = m.letterhead;
  let section = 0;
  const h1 = (text: string) => p(`${++section}. ${text}`);

  const body: (Paragraph | Table)[] = [
    ...[lh.ministry, lh.department, lh.clusterName, lh.address, lh.reference ?? ''].filter(Boolean).map(p),
    p(fill(d.title, values).toUpperCase()),
    p([String(m.year), ...(m.formerName ? [fill(d.formerly, { name: m.formerName })] : [])].join(' · ')),
    p(d.contents),
  ];

  body.push(h1(d.introduction), ...lines(m.introduction).map(p));
  body.push(p(fill(d.team, values)), p(fill(d.asOf, { ...values, month: m.teamAsOf })));
  body.push(table([row([cell([d.post]), cell([d.name])]), ...m.team.map((g) => row([cell([g.post]), cell(g.names.map((n, i) => (g.names.length > 1 ? `${i + 1}) ${n}` : n)))]))]));
  body.push(p(fill(d.schools, values)), p(`${countLine(m.counts, language)}.`));
  const schoolRows = [row([cell([d.schoolNo]), cell([d.school]), cell([d.abbreviation])])];
  for (const g of m.schoolGroups) {
    schoolRows.push(row([cell([`${dictionary.level[g.level]} (${g.schools.length})`], 3)]));
    for (const s of g.schools) schoolRows.push(row([cell([String(s.number)]), cell([s.name]), cell([s.abbreviation])]));
  }
  body.push(table(schoolRows));

  body.push(h1(d.missionVision), p(d.mission), ...lines(m.mission).map(p), p(d.vision), ...lines(m.vision).map(p));
  if (m.logo.paragraphs.length > 0 || m.logo.parts.length > 0) body.push(p(fill(d.logo, values)), ...m.logo.paragraphs.map(p), ...m.logo.parts.map(p));
  if (m.mainRole.trim()) body.push(h1(fill(d.roles, values)), ...lines(m.mainRole).map(p));

  const wse = m.wseTerms ?? [];
  if (wse.length > 0) {
    body.push(h1(d.wse));
    for (const domain of wse) {
      body.push(
        p(domain.title),
        table([
          row([cell([d.wseNo]), cell([d.wseAspect]), cell([d.wseTerms]), cell([d.wseScope]), cell([d.wseMonitoring])]),
          ...domain.rows.map((r) => row([cell([r.number]), cell(lines(r.aspect)), cell(lines(r.terms)), cell(lines(r.scope)), cell(lines(r.monitoring))])),
        ]),
      );
    }
  }
  if (m.crossCompetencies.length > 0) body.push(h1(d.crossCompetenciesTitle), ...m.crossCompetencies.map(p));

  body.push(h1(fill(d.initiatives, values)));
  if (!m.hasPlan) body.push(p(fill(d.noPlan, values)));
  else if (m.initiatives.length === 0) body.push(p(fill(d.noInitiatives, values)));
  m.initiatives.forEach((i, n) => body.push(p(`${n + 1}. ${i.heading}`), ...i.paragraphs.map(p)));

  body.push(h1(fill(d.servicesTitle, values)));
  if (m.services.length === 0) body.push(p(d.notWritten));
  m.services.forEach((s, n) => body.push(p(`${n + 1}. ${s.name}`), ...s.paragraphs.map(p), ...s.points.map(p)));

  const calendarTitle = fill(d.calendar, values);
  if (!m.calendar) {
    body.push(h1(calendarTitle), p(fill(d.noPlan, values)));
    return new Document({ sections: [{ children: body }] });
  }
  return new Document({ sections: [{ children: body }, { children: [h1(calendarTitle), ...calendarTable(m.calendar, dictionary)] }] });
}
