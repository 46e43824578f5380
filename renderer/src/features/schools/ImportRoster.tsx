/**
 * The roster in from Excel: choose a file (or paste cells) → check the columns each field is read from →
 * see every row's outcome (new, update with old → new, unchanged, or its errors by row and column) → Import,
 * which writes every row or none. A file with errors is corrected in Excel and chosen again.
 */
import { Alert, Button, FileButton, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHOOL_IMPORT_FIELDS, type ImportPreview, type SchoolImportField } from '../../../../shared/imports/api';
import { ApiCallError, call } from '../../api';
import { FormModal } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { ExcelButton } from '../common/ExcelButton';
import { ImportRows } from '../common/ImportRows';
import { base64Of } from '../common/base64';


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
            <ImportRows rows={preview.rows} />
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
