/**
 * "Import from Excel" for the chosen exam and year: the file goes through the import preview (every line's
 * outcome, the bad ones with their line number and message), then the good lines are written at once.
 */
import { Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/imports/api';
import { call } from '../../../api';
import { notifyError, notifyOk } from '../../../notify';
import { base64Of } from '../../common/base64';
import { ImportRows } from '../../common/ImportRows';

export function ResultsImport({ year, examTypeId, examName, onImported }: { year: number; examTypeId: number; examName: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const read = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      setPreview(await call('imports.preview', { kind: 'results', year, examTypeId, file: await base64Of(file), fileName: file.name }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await call('imports.commit', { previewId: preview.previewId });
      notifyOk(t('results.importDone', r));
      setPreview(null);
      onImported();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <FileButton onChange={(f) => void read(f)} accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv">
        {(props) => <Button size="xs" variant="light" loading={busy && !preview} {...props} data-testid="results-import">{t('results.import')}</Button>}
      </FileButton>
      <Modal opened={preview !== null} onClose={() => setPreview(null)} size="xl" title={t('results.importTitle', { exam: examName, year })} data-testid="results-import-preview">
        {preview && (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">{t('results.importHelp')}</Text>
            <Text size="sm" data-testid="results-import-counts">{preview.fileName}: {t('imports.counts', preview.counts)}</Text>
            <ImportRows rows={preview.rows} nameLabel={t('results.subject')} />
            {preview.counts.error > 0 && <Text size="xs" c="red">{t('results.importSkipped', { count: preview.counts.error })}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>{t('results.cancel')}</Button>
              <Button disabled={!preview.canCommit} loading={busy} onClick={() => void commit()} data-testid="results-import-commit">{t('results.importCommit')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
