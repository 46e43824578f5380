/**
 * Where a user issues the school improvement documents: the SIP review and the KPI review of a school (on its
 * page, or the Improvement page opened for it), and the cluster's KPI review; for this year or the one before,
 * in either language.
 */
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequest } from '../../../../shared/api';
import type { Language } from '../../../../shared/dates';
import { saveDocument } from '../../api';
import { notifyError, notifyOk } from '../../notify';

const LANGUAGES: [Language, string][] = [
  ['ms', 'BM'],
  ['en', 'EN'],
];

export function ImprovementDocumentsMenu({ year, school }: { year: number; school?: { id: number; abbreviation: string } }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const issue = async (request: DocumentRequest) => {
    setBusy(true);
    try {
      const r = await saveDocument(request);
      if (r.saved) notifyOk(r.fileName);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const years = [year, year - 1];
  const sub = (label: string, testId: string, request: (year: number, language: Language) => DocumentRequest) => (
    <Menu.Sub>
      <Menu.Sub.Target>
        <Menu.Sub.Item data-testid={testId}>{label}</Menu.Sub.Item>
      </Menu.Sub.Target>
      <Menu.Sub.Dropdown>
        {years.flatMap((y) =>
          LANGUAGES.map(([language, short]) => (
            <Menu.Item key={`${y}-${language}`} onClick={() => void issue(request(y, language))} data-testid={`${testId}-${y}-${language}`}>
              {y} · {short}
            </Menu.Item>
          )),
        )}
      </Menu.Sub.Dropdown>
    </Menu.Sub>
  );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy} data-testid="improvement-documents">{t('improvementDocs.menu')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {school && sub(t('improvementDocs.sipReviewMenu', { school: school.abbreviation }), 'doc-sip-review', (y, language) => ({ kind: 'sip-review', schoolId: school.id, year: y, language }))}
        {school && sub(t('improvementDocs.kpiSchoolMenu', { school: school.abbreviation }), 'doc-kpi-school', (y, language) => ({ kind: 'kpi-review', schoolId: school.id, year: y, language }))}
        {sub(t('improvementDocs.kpiClusterMenu'), 'doc-kpi-cluster', (y, language) => ({ kind: 'kpi-review', year: y, language }))}
      </Menu.Dropdown>
    </Menu>
  );
}
