/** The cluster profile's report model: the profile, logo, team, schools and the year's plan, each read once. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage, planIn } from '../../../shared/bilingual';
import type { Language } from '../../../shared/dates';
import { initiativeHeading, listLines, parseServices, splitPoints, type ClusterProfileModel } from '../../../shared/documents/cluster-profile-model';
import { SCHOOL_LEVELS } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/plan/types';
import { loadCalendarGrid } from '../plan/initiative-calendar-model';
import { readPlan } from '../plan/read';
import { listSchools } from '../schools/schools';
import { loadDocumentHead, postOf } from './letterhead-model';
import { getProfile } from './profile';
import { listTeam } from './team';
import { loadWseTerms } from '../wse/terms-model';

/** The plan of the year, or null when there is none. */
async function planOf(db: Kysely<DB>, year: number): Promise<Plan | null> {
  try {
    return await readPlan(db, year);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}

/**
 * A fixed number of reads whatever the number of schools or initiatives: the profile, logo, team and who signs;
 * the schools joined to their heads; the plan's window, terms and holidays, initiatives, lanes, phases and
 * target schools.
 */
export async function loadClusterProfileModel(db: Kysely<DB>, year: number, language: Language, date?: string): Promise<ClusterProfileModel> {
  const [profile, team, wseTerms] = await Promise.all([getProfile(db), listTeam(db), loadWseTerms(db, language)]);
  const [{ letterhead }, schools, stored] = await Promise.all([
    loadDocumentHead(db, language, { date, team, profile }),
    listSchools(db, { search: '', level: null, includeArchived: false, sort: 'level', direction: 'asc' }),
    planOf(db, year),
  ]);
  const calendar = stored ? await loadCalendarGrid(db, year, language) : null;
  const text = (ms: string, en: string) => inLanguage(ms, en, language);

  const posts: ClusterProfileModel['team'] = [];
  for (const m of team) {
    const post = postOf(m, language);
    const held = posts.find((p) => p.post === post);
    if (held) held.names.push(m.name);
    else posts.push({ post, names: [m.name] });
  }

  let n = 0;
  const schoolGroups = SCHOOL_LEVELS.map((level) => ({
    level,
    schools: schools.items.filter((s) => s.level === level).map((s) => ({ number: ++n, name: s.name, abbreviation: s.abbreviation })),
  })).filter((g) => g.schools.length > 0);

  const plan = stored ? planIn(stored, language) : null;
  // The profile's own order where it is set; initiatives not placed follow in the plan's order.
  const initiatives = (plan?.initiatives ?? [])
    .map((i, planOrder) => ({ i, planOrder }))
    .sort((a, b) => (a.i.profilePosition ?? Infinity) - (b.i.profilePosition ?? Infinity) || a.planOrder - b.planOrder)
    .map(({ i }) => ({
      code: i.code,
      heading: initiativeHeading(i.name, i.code),
      paragraphs: splitLines(text(i.descriptionMs, i.descriptionEn)),
    }));

  return {
    letterhead,
    year,
    formerName: text(profile.formerName, profile.formerNameEn),
    teamAsOf: profile.teamAsOf || letterhead.date.slice(0, 7),
    introduction: text(profile.introduction, profile.introductionEn),
    team: posts,
    counts: schools.counts,
    schoolGroups,
    mission: text(profile.mission, profile.missionEn),
    vision: text(profile.vision, profile.visionEn),
    logo: splitPoints(text(profile.logoDescription, profile.logoDescriptionEn)),
    mainRole: text(profile.mainRole, profile.mainRoleEn),
    wseTerms,
    crossCompetencies: listLines(text(profile.crossCompetencies, profile.crossCompetenciesEn)),
    hasPlan: plan !== null,
    initiatives,
    services: parseServices(text(profile.services, profile.servicesEn)),
    calendar,
  };
}

const splitLines = (t: string) =>
  t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
