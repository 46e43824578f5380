/** The WSE terms of reference as the cluster profile prints them: domain by domain, aspects in use in code order. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import type { Language } from '../../../shared/dates';
import type { WseTermsDomain } from '../../../shared/documents/cluster-profile-model';
import { dictionaries, fill } from '../../../shared/i18n';
import { readFramework } from './framework';

/** Texts in the document's language, English falling back to BM; an empty one continues the row above. Domains with no aspect in use are left out. */
export async function loadWseTerms(db: Kysely<DB>, language: Language): Promise<WseTermsDomain[]> {
  const d = dictionaries[language].wse;
  const text = (ms: string, en: string) => inLanguage(ms, en, language);
  return (await readFramework(db))
    .map((domain) => ({
      title: fill(d.domainTitle, { number: domain.number, name: text(domain.nameMs, domain.nameEn).toUpperCase() }),
      rows: domain.aspects
        .filter((a) => !a.archived)
        .map((a, i) => ({
          number: String(i + 1),
          aspect: `${a.code} ${text(a.nameMs, a.nameEn)}`,
          terms: text(a.termsMs, a.termsEn),
          scope: text(a.scopeMs, a.scopeEn),
          monitoring: text(a.monitoringMs, a.monitoringEn),
        })),
    }))
    .filter((domain) => domain.rows.length > 0);
}
