import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Switch, Table, Text, TextInput, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { ExcelButton } from '../common/ExcelButton';
import { ImportRoster } from './ImportRoster';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import type { Language } from '../../../../shared/dates';
import { SCHOOL_LEVELS, type AppStatus, type SchoolLevel, type SchoolSortKey, type SchoolSummary } from '../../../../shared/domain';
import { countLine } from '../../../../shared/i18n';
import { call, saveDocument } from '../../api';
import { confirm } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { SchoolLink } from '../school/SchoolLink';
import { WelcomeCard } from '../start/WelcomeCard';
import { SchoolForm } from './SchoolForm';

type Editing = { id: number | null } | null;


/** `action: 'new'` opens the form for a new school as the page opens (the palette's "New school"). */
export function SchoolsPage({ status, onDataChanged, action }: { status: AppStatus; onDataChanged: () => Promise<void>; action?: 'new' }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [level, setLevel] = useState<SchoolLevel | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<{ key: SchoolSortKey; direction: 'asc' | 'desc' }>({ key: 'number', direction: 'asc' });
  const [data, setData] = useState<Output<'schools.list'> | null>(null);
  const [editing, setEditing] = useState<Editing>(action === 'new' ? { id: null } : null);
  const [welcomeDismissed, setWelcomeDismissed] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await call('schools.list', { search: debounced, level, includeArchived, sort: sort.key, direction: sort.direction }));
    } catch (err) {
      notifyError(err);
    }
  }, [debounced, level, includeArchived, sort]);

  useEffect(() => {
    void load();
  }, [load]);

  const toggleSort = (key: SchoolSortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

  const setArchived = async (school: SchoolSummary, archived: boolean) => {
    const names = { name: school.name, abbreviation: school.abbreviation };
    const ok = await confirm({
      title: t(archived ? 'forms.archiveSchool' : 'forms.restoreSchool', names),
      message: t(archived ? 'forms.archiveSchoolText' : 'forms.restoreSchoolText', names),
      confirmLabel: t(archived ? 'forms.archive' : 'forms.restore'),
      danger: archived,
    });
    if (!ok) return;
    try {
      await call(archived ? 'schools.archive' : 'schools.restore', { id: school.id });
      notifyOk(t(archived ? 'schools.archivedNotice' : 'schools.restoredNotice', { name: school.name }));
      await load();
    } catch (err) {
      notifyError(err);
    }
  };

  const exportRoster = async (lang: Language) => {
    setExporting(true);
    try {
      const r = await saveDocument({ kind: 'school-roster', language: lang });
      if (r.saved) notifyOk(r.fileName);
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  const header = (key: SchoolSortKey, label: string) => (
    <Table.Th aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton data-testid={`sort-${key}`} onClick={() => toggleSort(key)} fw={700} fz="sm">
        {label} {sort.key === key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );

  if (status.empty && !welcomeDismissed) {
    return (
      <WelcomeCard
        onLoaded={async () => {
          await load();
          await onDataChanged();
        }}
        onSkip={() => setWelcomeDismissed(true)}
        newestBackup={status.newestBackup}
      />
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('schools.title')}</Title>
        <Group>
          <Menu>
            <Menu.Target>
              <Button variant="default" loading={exporting} data-testid="export-roster">
                {t('schools.downloadRoster')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item data-testid="export-roster-ms" onClick={() => void exportRoster('ms')}>
                Bahasa Melayu
              </Menu.Item>
              <Menu.Item data-testid="export-roster-en" onClick={() => void exportRoster('en')}>
                English
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <ExcelButton testId="excel-roster" request={(language) => ({ kind: 'roster', language, includeArchived })} />
          <Button variant="default" onClick={() => setImporting(true)} data-testid="import-open">{t('imports.open')}</Button>
          <Button data-testid="add-school" onClick={() => setEditing({ id: null })}>
            {t('schools.add')}
          </Button>
        </Group>
      </Group>
      <Group align="end">
        <TextInput
          data-testid="school-search"
          aria-label={t('schools.search')}
          placeholder={t('schools.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <Select
          data-testid="level-filter"
          aria-label={t('school.level')}
          placeholder={t('schools.allLevels')}
          clearable
          value={level}
          onChange={(v) => setLevel(v)}
          data={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          w={220}
        />
        <Switch label={t('schools.showArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
      </Group>
      <Text data-testid="count-line" fw={500}>
        {data ? countLine(data.counts, language) : ''}
      </Text>
      <Table striped highlightOnHover withTableBorder data-testid="schools-table">
        <Table.Thead>
          <Table.Tr>
            {header('number', t('schools.col.number'))}
            {header('name', t('schools.col.name'))}
            {header('abbreviation', t('schools.col.abbreviation'))}
            {header('level', t('schools.col.level'))}
            <Table.Th>{t('schools.col.head')}</Table.Th>
            <Table.Th>{t('schools.col.phone')}</Table.Th>
            {header('wseBand', t('schools.col.wseBand'))}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.items.map((s) => (
            <Table.Tr key={s.id} data-testid="school-row" data-abbreviation={s.abbreviation} opacity={s.archived ? 0.55 : 1}>
              <Table.Td>{s.number}</Table.Td>
              <Table.Td>
                <SchoolLink schoolId={s.id} name={s.name}>{s.name}</SchoolLink> {s.archived && <Badge color="gray" size="xs">{t('schools.archived')}</Badge>}
              </Table.Td>
              <Table.Td>{s.abbreviation}</Table.Td>
              <Table.Td>{t(`level.${s.level}`)}</Table.Td>
              <Table.Td>{s.headName ?? ''}</Table.Td>
              <Table.Td>{s.phone}</Table.Td>
              <Table.Td>{s.wseBand ?? ''}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('schools.edit')}>
                    <ActionIcon variant="subtle" aria-label={`${t('schools.edit')} ${s.abbreviation}`} onClick={() => setEditing({ id: s.id })}>
                      ✎
                    </ActionIcon>
                  </Tooltip>
                  <Button size="compact-xs" variant="subtle" color={s.archived ? 'teal' : 'gray'} data-testid={s.archived ? 'restore-school' : 'archive-school'} onClick={() => void setArchived(s, !s.archived)}>
                    {s.archived ? t('schools.restore') : t('schools.archive')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.items.length === 0 && <Text c="dimmed">{t('schools.none')}</Text>}
      {editing && (
        <SchoolForm
          schoolId={editing.id}
          onClose={() => setEditing(null)}
          onSaved={async (name) => {
            setEditing(null);
            notifyOk(t('schools.saved', { name }));
            await load();
            if (status.empty) await onDataChanged();
          }}
        />
      )}
      {importing && <ImportRoster onClose={() => setImporting(false)} onImported={async () => { await load(); await onDataChanged(); }} />}
    </Stack>
  );
}
