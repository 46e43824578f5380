import { sql, type Kysely } from 'kysely';

// The register of issued documents: every document saved or downloaded gets a reference number, and each
// issue is one row. Issuing the same document again may keep its number as a new revision.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document_register')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('reference_no', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1).check(sql`revision >= 1`))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 1`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language IN ('ms', 'en')`))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`length(sha256) = 64`))
    .addColumn('request', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_register_reference_revision', ['reference_no', 'revision'])
    .addUniqueConstraint('document_register_year_seq_revision', ['year', 'seq', 'revision'])
    .execute();
  await db.schema.createIndex('document_register_by_year').on('document_register').columns(['year', 'seq']).execute();
}
