/**
 * The cluster profile, laid out after the cluster's own profile: a table of contents Word fills on opening,
 * then the introduction with the team (as of a month) and the schools, mission and vision with the logo and
 * what it stands for, the main role of the head and team, the WSE terms of reference (when there are any),
 * the cross competencies, one heading per initiative in the profile's order, the services with their
 * sub-points as Word lists, and the year's initiative calendar on a landscape page.
 */
import { AlignmentType, ImageRun, Paragraph, TableRow, TextRun, type Document, type FileChild, type Table } from 'docx';
import { monthName } from '../../shared/dates';
import type { ClusterProfileModel, WseTermsDomain } from '../../shared/documents/cluster-profile-model';
import { countLine, dictionaries, fill } from '../../shared/i18n';
import {
  Contents,
  LABEL_FILL,
  STYLE,
  cell,
  columnWidths,
  heading2,
  headerRow,
  linesOf,
  noneLine,
  officialDocument,
  subtitle,
  table,
  title as titleLine,
  type Body,
} from './kit';

type Block = Paragraph | Table | FileChild;

/** Body paragraphs, justified, one a line of the typed text. */
const paragraphs = (lines: string[]): Paragraph[] =>
  lines.map((line) => new Paragraph({ style: STYLE.body, alignment: AlignmentType.BOTH, children: [new TextRun(line)] }));

/** A Word bulleted list: each item a list paragraph Word numbers and indents itself. */
const bullets = (items: string[]): Paragraph[] =>
  items.map((item) => new Paragraph({ style: STYLE.body, bullet: { level: 0 }, children: [new TextRun(item)] }));

/** "Jun 2023" / "June 2023". */
const monthYear = (month: string, language: 'ms' | 'en') => `${monthName(Number(month.slice(5, 7)), language)} ${month.slice(0, 4)}`;

/** One row per post in the team's order; a post held by several people lists them "1) …", "2) …". */
function teamTable(m: ClusterProfileModel): Table {
  const d = dictionaries[m.letterhead.language].clusterProfile;
  const widths = columnWidths([34, 66]);
  return table(widths, [
    headerRow([d.post, d.name], widths),
    ...m.team.map(
      (g) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([{ text: g.post, bold: true }], widths[0] ?? 0, { fill: LABEL_FILL }),
            cell(
              g.names.map((n, i) => ({ text: g.names.length > 1 ? `${i + 1}) ${n}` : n })),
              widths[1] ?? 0,
            ),
          ],
        }),
    ),
  ]);
}

/** Every active school under its level, numbered through. */
function schoolTable(m: ClusterProfileModel): Table {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const widths = columnWidths([8, 70, 22]);
  const w = (i: number) => widths[i] ?? 0;
  const rows: TableRow[] = [headerRow([d.clusterProfile.schoolNo, d.clusterProfile.school, d.clusterProfile.abbreviation], widths, (i) => i !== 1)];
  for (const g of m.schoolGroups) {
    rows.push(new TableRow({ cantSplit: true, keepNext: true, children: [cell([{ text: `${d.level[g.level]} (${g.schools.length})`, bold: true }], w(0) + w(1) + w(2), { span: 3, fill: LABEL_FILL })] }));
    for (const s of g.schools) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [cell([{ text: String(s.number) }], w(0), { align: 'center' }), cell([{ text: s.name }], w(1)), cell([{ text: s.abbreviation }], w(2), { align: 'center' })],
        }),
      );
    }
  }
  return table(widths, rows);
}

/**
 * A domain of the WSE terms of reference: its title, then its aspects in a five-column table. An empty terms,
 * scope or monitoring text continues the one above it, so those cells are merged down as in the profile. `h2`
 * makes the title's heading (the profile lists it in its contents).
 */
export function wseTermsBlock(domain: WseTermsDomain, language: 'ms' | 'en', h2: (text: string) => Paragraph = heading2): Block[] {
  const d = dictionaries[language].clusterProfile;
  const widths = columnWidths([6, 22, 36, 18, 18]);
  const w = (i: number) => widths[i] ?? 0;
  const blank = (t: string | undefined) => t === undefined || t.trim() === '';
  const merged = (column: 'terms' | 'scope' | 'monitoring', i: number, c: number) => {
    const here = domain.rows[i]?.[column] ?? '';
    const below = domain.rows[i + 1]?.[column];
    const merge = i > 0 && blank(here) ? 'continue' : below !== undefined && blank(below) ? 'restart' : undefined;
    return cell(linesOf(here), w(c), merge ? { merge } : {});
  };
  return [
    h2(domain.title),
    table(widths, [
      headerRow([d.wseNo, d.wseAspect, d.wseTerms, d.wseScope, d.wseMonitoring], widths, (i) => i === 0),
      ...domain.rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: false,
            children: [
              cell([{ text: r.number }], w(0), { align: 'center' }),
              cell(linesOf(r.aspect, { bold: true }), w(1)),
              merged('terms', i, 2),
              merged('scope', i, 3),
              merged('monitoring', i, 4),
            ],
          }),
      ),
    ]),
  ];
}

/** The logo, about 3 cm high (less for a wide one), centred above its description. */
function logoImage(m: ClusterProfileModel): Paragraph[] {
  const logo = m.letterhead.logo;
  if (!logo) return [];
  const scale = Math.min(120 / logo.height, 240 / logo.width);
  const width = Math.max(1, Math.round(logo.width * scale));
  const height = Math.max(1, Math.round(logo.height * scale));
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 120 }, children: [new ImageRun({ type: logo.type, data: logo.data, transformation: { width, height } })] })];
}

export const clusterProfileTitle = (m: ClusterProfileModel) => fill(dictionaries[m.letterhead.language].clusterProfile.title, { cluster: m.letterhead.clusterName });

/**
 * The profile as a Word document. `calendar` is the year's initiative calendar laid out for a landscape
 * page; it is left out when the year has no plan.
 */
export function layoutClusterProfile(m: ClusterProfileModel, calendar: Body = []): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language].clusterProfile;
  const values = { cluster: m.letterhead.clusterName, year: m.year };
  const title = clusterProfileTitle(m);
  // Every Heading 1 and 2 is made through the contents, which list them.
  const contents = new Contents();
  let section = 0;
  const h1 = (text: string, opts: { pageBreak?: boolean } = {}) => contents.heading(1, `${++section}. ${text}`, opts);
  const h2 = (text: string) => contents.heading(2, text);
  const written = (text: string) => (text.trim() ? paragraphs(linesOf(text).map((l) => l.text)) : [noneLine(d.notWritten)]);

  const body: Block[] = [
    titleLine(title.toUpperCase()),
    subtitle([String(m.year), ...(m.formerName ? [fill(d.formerly, { name: m.formerName })] : [])].join(' · ')),
    new Paragraph({ style: STYLE.body, keepNext: true, spacing: { before: 240 }, children: [new TextRun({ text: d.contents, bold: true })] }),
    contents.table(d.contents),
  ];

  // Introduction, the team as of its month, the schools.
  body.push(h1(d.introduction, { pageBreak: true }), ...written(m.introduction));
  body.push(h2(fill(d.team, values)), new Paragraph({ style: STYLE.body, keepNext: true, children: [new TextRun(fill(d.asOf, { ...values, month: monthYear(m.teamAsOf, language) }))] }), teamTable(m));
  body.push(h2(fill(d.schools, values)), new Paragraph({ style: STYLE.body, keepNext: true, children: [new TextRun(`${countLine(m.counts, language)}.`)] }), schoolTable(m));

  // Mission and vision, the logo and what it stands for.
  body.push(h1(d.missionVision), h2(d.mission), ...written(m.mission), h2(d.vision), ...written(m.vision));
  if (m.logo.paragraphs.length > 0 || m.logo.parts.length > 0) {
    body.push(h2(fill(d.logo, values)), ...logoImage(m), ...paragraphs(m.logo.paragraphs), ...bullets(m.logo.parts));
  }

  if (m.mainRole.trim()) body.push(h1(fill(d.roles, values)), ...paragraphs(linesOf(m.mainRole).map((l) => l.text)));

  const wse = m.wseTerms ?? [];
  if (wse.length > 0) body.push(h1(d.wse), ...wse.flatMap((domain) => wseTermsBlock(domain, language, h2)));

  if (m.crossCompetencies.length > 0) body.push(h1(d.crossCompetenciesTitle), ...bullets(m.crossCompetencies));

  // One heading per initiative, in the profile's order.
  body.push(h1(fill(d.initiatives, values)));
  if (!m.hasPlan) body.push(noneLine(fill(d.noPlan, values)));
  else if (m.initiatives.length === 0) body.push(noneLine(fill(d.noInitiatives, values)));
  m.initiatives.forEach((i, n) => body.push(h2(`${n + 1}. ${i.heading}`), ...paragraphs(i.paragraphs)));

  // The services, each with its sub-points as a list.
  body.push(h1(fill(d.servicesTitle, values)));
  if (m.services.length === 0) body.push(noneLine(d.notWritten));
  m.services.forEach((s, n) => body.push(h2(`${n + 1}. ${s.name}`), ...paragraphs(s.paragraphs), ...bullets(s.points)));

  const calendarTitle = fill(d.calendar, values);
  const spec = { title, subject: d.subject, updateFields: true, body };
  if (!m.calendar || calendar.length === 0) {
    body.push(h1(calendarTitle), noneLine(fill(d.noPlan, values)));
    return { doc: officialDocument(m.letterhead, spec), title };
  }
  const doc = officialDocument(m.letterhead, { ...spec, sections: [{ body: [h1(calendarTitle), ...calendar], landscape: true }] });
  return { doc, title };
}
