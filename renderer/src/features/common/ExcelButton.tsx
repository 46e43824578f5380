/** "Excel" beside a list's Word button: the list as a spreadsheet, in BM or EN. */
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import type { ExportRequest } from '../../../../shared/exports/api';
import { saveExport } from '../../api';
import { notifyError, notifyOk } from '../../notify';

export function ExcelButton({ request, testId, disabled }: { request: (language: Language) => ExportRequest | null; testId: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const save = async (language: Language) => {
    const r = request(language);
    if (!r) return;
    setBusy(true);
    try {
      const saved = await saveExport(r);
      if (saved.saved) notifyOk(saved.fileName);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu>
      <Menu.Target>
        <Button variant="default" loading={busy} disabled={disabled} data-testid={testId}>
          {t('exports.excel')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item data-testid={`${testId}-ms`} onClick={() => void save('ms')}>
          Bahasa Melayu
        </Menu.Item>
        <Menu.Item data-testid={`${testId}-en`} onClick={() => void save('en')}>
          English
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
