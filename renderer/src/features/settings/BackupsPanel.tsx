import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import type { BackupInfo } from '../../../../shared/domain';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { confirm } from '../../forms';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function BackupsPanel({ onRestored }: { onRestored: () => Promise<void> }) {
  const { t } = useTranslation();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => call('backups.list', {}).then(setBackups, notifyError), []);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      notifyOk(done);
      await load();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (b: BackupInfo) => {
    const ok = await confirm({
      title: t('settings.restoreTitle'),
      message: t('settings.restoreConfirm', { date: formatDateTime(b.createdAt), kind: t(`data.kind.${b.reason}`) }),
      confirmLabel: t('settings.restore'),
      danger: true,
      testId: 'restore-dialog',
    });
    if (!ok) return;
    await run(async () => {
      await call('backups.restore', { name: b.name });
      await onRestored();
    }, t('settings.restored'));
  };

  return (
    <Stack maw={800}>
      <Text size="sm">{t('settings.backupsHelp')}</Text>
      <Group>
        <Button loading={busy} data-testid="backup-now" onClick={() => void run(() => call('backups.create', {}), t('settings.backupDone'))}>
          {t('settings.backupNow')}
        </Button>
      </Group>
      <Table data-testid="backups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('data.col.date')}</Table.Th>
            <Table.Th>{t('data.col.kind')}</Table.Th>
            <Table.Th>{t('data.col.size')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.name} data-testid="backup-row" data-kind={b.reason}>
              <Table.Td data-testid="backup-date">{formatDateTime(b.createdAt)}</Table.Td>
              <Table.Td data-testid="backup-kind">{t(`data.kind.${b.reason}`)}</Table.Td>
              <Table.Td>{size(b.sizeBytes)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  disabled={busy}
                  onClick={() => void restore(b)}
                >
                  {t('settings.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
