/**
 * The cluster profile: a cover, the introduction, the team and its roles, the schools by level, mission and
 * vision, the year's initiatives with their descriptions, the services, and the year's initiative calendar on
 * a landscape page. A year without a plan says so in the initiative and calendar sections.
 */
import { AlignmentType, Paragraph, TabStopType, TableRow, type Document, type Table } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Language } from '../../shared/dates';
import { SCHOOL_LEVELS, type SchoolSummary, type TeamMember } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { countLine } from '../../shared/i18n';
import type { Initiative, Plan } from '../../shared/plan/types';
import { getProfile } from '../services/cluster/profile';
import { listTeam } from '../services/cluster/team';
import { readPlan } from '../services/plan/read';
import { listSchools } from '../services/schools/schools';
import { calendarBlock } from './initiative-calendar';
import { loadLetterhead, officialDocument, para, run, type Letterhead } from './letterhead';
import { HEAD_FILL, LABEL_FILL, cell, gap, heading, headerRow, noneLine, shares, subheading, table, textBlock } from './report-parts';
import { postOf } from '../services/cluster/letterhead-model';

/** The plan of the year, or null when there is none. */
async function planOf(db: Kysely<DB>, year: number): Promise<Plan | null> {
  try {
    return await readPlan(db, year);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}


/** One row per role in the team's order; a role held by several people lists them "1) …", "2) …". */
function teamTable(team: TeamMember[], lh: Letterhead): Table {
  const { d } = lh;
  const groups: { role: string; names: string[] }[] = [];
  for (const m of team) {
    const role = postOf(m, lh.language);
    const group = groups.find((g) => g.role === role);
    if (group) group.names.push(m.name);
    else groups.push({ role, names: [m.name] });
  }
  const widths = shares([36, 64]);
  return table(widths, [
    headerRow([d.doc.role, d.doc.name], widths),
    ...groups.map(
      (g) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([{ text: g.role, bold: true }], widths[0] ?? 0, { fill: LABEL_FILL }),
            cell(
              g.names.map((n, i) => ({ text: g.names.length > 1 ? `${i + 1}) ${n}` : n })),
              widths[1] ?? 0,
            ),
          ],
        }),
    ),
  ]);
}

/** Every active school under its level, numbered through as in the roster. */
function schoolTable(schools: SchoolSummary[], lh: Letterhead): Table {
  const { d } = lh;
  const widths = shares([8, 68, 24]);
  const w = (i: number) => widths[i] ?? 0;
  const rows: TableRow[] = [headerRow([d.doc.number, d.doc.school, d.doc.abbreviation], widths, (i) => i !== 1)];
  let n = 0;
  for (const level of SCHOOL_LEVELS) {
    const group = schools.filter((s) => s.level === level);
    if (group.length === 0) continue;
    rows.push(new TableRow({ cantSplit: true, children: [cell([{ text: `${d.level[level]} (${group.length})`, bold: true }], w(0) + w(1) + w(2), { span: 3, fill: LABEL_FILL })] }));
    for (const s of group) {
      n++;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [cell([{ text: String(n) }], w(0), { align: 'center' }), cell([{ text: s.name }], w(1)), cell([{ text: s.abbreviation }], w(2), { align: 'center' })],
        }),
      );
    }
  }
  return table(widths, rows);
}

/** "Executive Professional Intellectual Collaboration (EPIC)", or the code alone when the name is the code. */
const initiativeLabel = (i: Initiative) => (i.name.trim().toLowerCase() === i.code.trim().toLowerCase() ? i.code : `${i.name} (${i.code})`);

/** The description in the document's language, else the other one. */
const descriptionOf = (i: Initiative, language: Language) =>
  (language === 'ms' ? [i.descriptionMs, i.descriptionEn] : [i.descriptionEn, i.descriptionMs]).find((t) => t.trim()) ?? '';

/** A service line as a bullet; "Name: what it is" sets the name in bold. */
function serviceItem(line: string): Paragraph {
  const m = /^([^:.]{2,80}):\s+(.+)$/.exec(line);
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { after: 100 },
    indent: { left: 360, hanging: 360 },
    tabStops: [{ type: TabStopType.LEFT, position: 360 }],
    children: m ? [run('•\t'), run(`${m[1] ?? ''}: `, { bold: true }), run(m[2] ?? '')] : [run(`•\t${line}`)],
  });
}

export async function buildClusterProfile(db: Kysely<DB>, year: number, language: Language): Promise<{ doc: Document; title: string }> {
  const [lh, profile, team, schools, plan] = await Promise.all([
    loadLetterhead(db, language),
    getProfile(db),
    listTeam(db),
    listSchools(db, { search: '', level: null, includeArchived: false, sort: 'level', direction: 'asc' }),
    planOf(db, year),
  ]);
  const { d } = lh;
  const cluster = lh.clusterName;
  const fill = (template: string) => template.replace('{{cluster}}', cluster).replace('{{year}}', String(year));
  const title = fill(d.doc.profileTitle);
  const sections = [
    d.doc.introduction,
    fill(d.doc.team),
    fill(d.doc.clusterSchools),
    d.doc.missionVision,
    fill(d.doc.initiativesTitle),
    fill(d.doc.services),
    fill(d.doc.calendarSection),
  ].map((s, i) => `${i + 1}. ${s}`);
  const [sIntro = '', sTeam = '', sSchools = '', sMission = '', sInitiatives = '', sServices = '', sCalendar = ''] = sections;
  const written = (text: string) => (text.trim() ? textBlock(text) : [noneLine(d.doc.notWritten)]);

  // The cover: the title, the former name, the year and the vision, and what the profile holds.
  const body: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 120 }, children: [run(title.toUpperCase(), { bold: true, size: 44, color: HEAD_FILL })] }),
  ];
  if (profile.formerName) body.push(para(d.doc.formerly.replace('{{name}}', profile.formerName), { size: 24, align: AlignmentType.CENTER, after: 60 }));
  body.push(para(String(year), { size: 28, bold: true, align: AlignmentType.CENTER, after: 1200 }));
  if (profile.vision.trim()) {
    body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 1200 }, children: [run(`“${profile.vision.trim()}”`, { italics: true, size: 26, color: HEAD_FILL })] }));
  }
  body.push(para(d.doc.contents, { bold: true, size: 22, after: 100 }));
  for (const s of sections) body.push(new Paragraph({ spacing: { after: 40 }, indent: { left: 360 }, children: [run(s, { size: 22 })] }));

  body.push(heading(sIntro, { pageBreak: true, before: 0 }), ...written(profile.introduction));

  body.push(heading(sTeam), teamTable(team, lh));

  body.push(heading(sSchools), para(`${countLine(schools.counts, language)}.`, { size: 20, after: 100 }), schoolTable(schools.items, lh));

  body.push(heading(sMission), subheading(d.doc.mission), ...written(profile.mission), subheading(d.doc.vision), ...written(profile.vision));

  body.push(heading(sInitiatives));
  if (!plan) body.push(noneLine(d.doc.noPlan.replace('{{year}}', String(year))));
  else if (plan.initiatives.length === 0) body.push(noneLine(d.doc.noInitiatives.replace('{{year}}', String(year))));
  plan?.initiatives.forEach((i, n) => {
    const description = descriptionOf(i, language);
    body.push(subheading(`${n + 1}. ${initiativeLabel(i)}`), ...(description ? textBlock(description) : []));
  });

  const services = profile.services
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^(?:[-•*·]|\d+[.)])\s+/, ''))
    .filter(Boolean);
  body.push(heading(sServices), ...(services.length ? services.map(serviceItem) : [noneLine(d.doc.notWritten)]));

  if (!plan) {
    body.push(heading(sCalendar), noneLine(d.doc.noPlan.replace('{{year}}', String(year))));
    return { doc: officialDocument(lh, { title, body }), title };
  }
  const calendar = [heading(sCalendar, { before: 0 }), ...calendarBlock(plan, d, language), gap(0)];
  const doc = officialDocument(lh, { title, body, sections: [{ body: calendar, landscape: true }] });
  return { doc, title };
}
