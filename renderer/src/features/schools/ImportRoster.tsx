/**
 * The roster in from Excel: choose a file (or paste cells) → check the columns each field is read from →
 * see every row's outcome (new, update with old → new, unchanged, or its errors by row and column) → Import,
 * which writes every row or none. A file with errors is corrected in Excel and chosen again.
 */
import { Alert, Badge, Button, FileButton, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHOOL_IMPORT_FIELDS, type ImportPreview, type SchoolImportField } from '../../../../shared/imports/api';
import { ApiCallError, call } from '../../api';
import { FormModal } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { ExcelButton } from '../common/ExcelButton';

const OUTCOME_COLOUR = { new: 'teal', update: 'blue', unchanged: 'gray', error: 'red' } as const;

/** A file's bytes as base64, as imports.preview takes them. */
const base64Of = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });

export function ImportRoster({ onClose, onImported }: { onClose: () => void; onImported: () => Promise<void> }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<{ file: string; fileName: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [columns, setColumns] = useState<Partial<Record<SchoolImportField, string | null>>>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);

  const read = async (next: { file: string; fileName: string }, mapping?: Partial<Record<SchoolImportField, string>>) => {
    setBusy(true);
    setFileError(null);
    try {
      const p = await call('imports.preview', { kind: 'schools', ...next, ...(mapping ? { mapping: { schools: mapping } } : {}) });
      setSource(next);
      setPreview(p);
      setColumns(p.mapping.schools);
    } catch (err) {
      setPreview(null);
      if (err instanceof ApiCallError && err.field?.startsWith('file')) setFileError(err.message);
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const choose = async (file: File | null) => {
    if (file) await read({ file: await base64Of(file), fileName: file.name });
  };
  const readPasted = async () => read({ file: await base64Of(new Blob([pasted], { type: 'text/tab-separated-values' })), fileName: 'pasted.tsv' });
  const applyColumns = () => {
    if (!source) return;
    const mapping = Object.fromEntries(Object.entries(columns).filter(([, v]) => v)) as Partial<Record<SchoolImportField, string>>;
    void read(source, mapping);
  };
  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const done = await call('imports.commit', { previewId: preview.previewId });
      notifyOk(t('imports.done', { created: done.created, updated: done.updated }));
      await onImported();
      onClose();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal onClose={onClose} size="90%" title={t('imports.title')} data-testid="import-roster">
      <Stack>
        <Text size="sm" c="dimmed">{t('imports.help')}</Text>
        <Group align="flex-end">
          <FileButton onChange={(f) => void choose(f)} accept=".xlsx,.csv,.tsv,.txt">
            {(props) => (
              <Button {...props} loading={busy} data-testid="import-choose">
                {t('imports.chooseFile')}
              </Button>
            )}
          </FileButton>
          <Textarea placeholder={t('imports.paste')} aria-label={t('imports.paste')} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} autosize minRows={1} maxRows={4} style={{ flex: 1 }} data-testid="import-paste" />
          <Button variant="default" disabled={!pasted.trim()} onClick={() => void readPasted()} data-testid="import-read-pasted">
            {t('imports.readPasted')}
          </Button>
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">{t('imports.template')}</Text>
          <ExcelButton testId="import-template" request={(language) => ({ kind: 'roster', template: true, language })} />
        </Group>
        {fileError && <Alert color="red" data-testid="import-file-error">{fileError}</Alert>}

        {preview && (
          <>
            <Text fw={700} size="sm">{t('imports.columns')}</Text>
            <Text size="xs" c="dimmed">{t('imports.columnsHelp')}</Text>
            <SimpleGrid cols={{ base: 3, lg: 5 }}>
              {SCHOOL_IMPORT_FIELDS.map((f) => (
                <Select
                  key={f}
                  size="xs"
                  label={t(`imports.field.${f}`)}
                  placeholder={t('imports.noColumn')}
                  data={preview.headers.schools}
                  value={columns[f] ?? null}
                  onChange={(v) => setColumns((c) => ({ ...c, [f]: v }))}
                  clearable
                  data-testid={`import-column-${f}`}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button variant="default" size="xs" onClick={applyColumns} loading={busy} data-testid="import-apply-columns">
                {t('imports.applyColumns')}
              </Button>
            </Group>

            <Text size="sm" data-testid="import-counts">
              {preview.fileName}: {t('imports.counts', preview.counts)}
            </Text>
            <ScrollArea.Autosize mah={360}>
              <Table striped withTableBorder fz="xs" data-testid="import-rows">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t('imports.row')}</Table.Th>
                    <Table.Th w={110}>{t('imports.outcome')}</Table.Th>
                    <Table.Th w={110}>{t('imports.field.abbreviation')}</Table.Th>
                    <Table.Th>{t('imports.field.name')}</Table.Th>
                    <Table.Th>{t('imports.changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={`${r.sheet}-${r.row}`} data-testid="import-row" data-row={r.row} data-outcome={r.outcome}>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" color={OUTCOME_COLOUR[r.outcome]} variant="light">{t(`imports.outcomeName.${r.outcome}`)}</Badge>
                      </Table.Td>
                      <Table.Td>{r.abbreviation}</Table.Td>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>
                        {r.changes.map((c) => (
                          <Text key={c.field} size="xs">{c.field === 'leaders' ? t('school.leaders') : t(`imports.field.${c.field}`)}: {c.old || '—'} → {c.new || '—'}</Text>
                        ))}
                        {r.errors.map((e, i) => (
                          <Text key={i} size="xs" c="red">{e.column}: {e.message}</Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {!preview.canCommit && <Alert color="red" data-testid="import-fix-first">{t('imports.fixFirst')}</Alert>}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('school.cancel')}</Button>
          <Button onClick={() => void commit()} disabled={!preview?.canCommit} loading={busy} data-testid="import-commit">
            {t('imports.commit')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
