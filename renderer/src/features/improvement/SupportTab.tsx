/**
 * Improvement › Support: the schools most in need first, with what makes up each one's need, and seed 003's
 * four groups (context × results) with a suggested partner school. The context is set here, row by row.
 */
import { Badge, Card, Group, Loader, Progress, Select, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import { SCHOOL_CONTEXTS, type SchoolContext, type SupportRanking, type SupportRow, NEED_WEIGHTS } from '../../../../shared/support/types';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { useDataYears } from '../common/useDataYears';
import { SchoolLink } from '../school/SchoolLink';

export const STATUS_COLOURS = { 'on-track': 'teal', 'at-risk': 'yellow', 'off-track': 'red' } as const;
const GROUP_COLOURS = { 1: 'red', 2: 'blue', 3: 'orange', 4: 'teal' } as const;

export function SupportTab({ year: initialYear }: { year?: number }) {
  const { t } = useTranslation();
  const [dataYears] = useDataYears();
  const [year, setYear] = useState<number | null>(initialYear ?? null);
  const [ranking, setRanking] = useState<SupportRanking | null>(null);
  const shownYear = year ?? dataYears?.current ?? null;

  const load = useCallback(async (y: number) => setRanking(await call('support.ranking', { year: y })), []);
  useEffect(() => {
    if (shownYear !== null) load(shownYear).catch(notifyError);
  }, [shownYear, load]);

  const years = dataYears ? [...new Set([...dataYears.visits, dataYears.current])].sort((a, b) => b - a) : [];
  const setContext = async (row: SupportRow, context: SchoolContext | null) => {
    try {
      await call('support.setContext', { schoolId: row.schoolId, context });
      notifyOk(t('support.contextSaved', { school: row.abbreviation }));
      if (shownYear !== null) await load(shownYear);
    } catch (err) {
      notifyError(err);
    }
  };

  if (!ranking || shownYear === null) return <Loader size="sm" />;
  return (
    <Stack gap="md" data-testid="support-view">
      <Group justify="space-between" align="end">
        <Text size="sm" c="dimmed" maw={820}>{t('support.intro', { date: formatDate(ranking.asOf) })}</Text>
        <Select
          w={110}
          label={t('support.year')}
          data-testid="support-year"
          value={String(shownYear)}
          allowDeselect={false}
          data={years.map(String)}
          onChange={(v) => v && setYear(Number(v))}
        />
      </Group>
      {ranking.rows.length === 0 ? (
        <Text c="dimmed">{t('support.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table striped highlightOnHover fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="support-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('support.rank')}</Table.Th>
                <Table.Th>{t('support.school')}</Table.Th>
                <Table.Th>{t('support.need')}</Table.Th>
                <Table.Th>{t('support.band')}</Table.Th>
                <Table.Th ta="right">{t('support.acPercent')}</Table.Th>
                <Table.Th ta="right">
                  <Tooltip label={t('support.gapHelp')} multiline w={280}>
                    <span>{t('support.gap')}</span>
                  </Tooltip>
                </Table.Th>
                <Table.Th>{t('support.checkpoint')}</Table.Th>
                <Table.Th>{t('support.lastVisit')}</Table.Th>
                <Table.Th>{t('support.stepsHead')}</Table.Th>
                <Table.Th>{t('support.context')}</Table.Th>
                <Table.Th>{t('support.group')}</Table.Th>
                <Table.Th>{t('support.partner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ranking.rows.map((r, i) => (
                <SupportTableRow key={r.schoolId} row={r} rank={i + 1} onContext={(c) => void setContext(r, c)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Groups ranking={ranking} />
    </Stack>
  );
}

function SupportTableRow({ row: r, rank, onContext }: { row: SupportRow; rank: number; onContext: (c: SchoolContext | null) => void }) {
  const { t } = useTranslation();
  const parts = (Object.keys(NEED_WEIGHTS) as (keyof typeof NEED_WEIGHTS)[]).filter((k) => r.parts[k] > 0);
  return (
    <Table.Tr data-testid="support-row" data-school={r.abbreviation}>
      <Table.Td>{rank}</Table.Td>
      <Table.Td>
        <Tooltip label={r.name}>
          <span>
            <SchoolLink schoolId={r.schoolId} name={r.name}>{r.abbreviation}</SchoolLink>
          </span>
        </Tooltip>
      </Table.Td>
      <Table.Td miw={90}>
        <Tooltip
          label={parts.length === 0 ? t('support.none') : parts.map((k) => `${t(`support.parts.${k}`)}: ${r.parts[k]} / ${NEED_WEIGHTS[k]}`).join(' · ')}
          multiline
          w={260}
        >
          <Stack gap={2}>
            <Text size="sm" fw={600} data-testid="support-need">{r.need}</Text>
            <Progress value={r.need} size="xs" w={80} color={r.need >= 50 ? 'red' : r.need >= 25 ? 'yellow' : 'teal'} />
          </Stack>
        </Tooltip>
      </Table.Td>
      <Table.Td>{r.band ?? t('support.none')}</Table.Td>
      <Table.Td ta="right">
        {r.acPercent === null ? t('support.none') : <Tooltip label={t('support.resultsYear', { year: r.resultsYear })}><span>{r.acPercent}</span></Tooltip>}
      </Table.Td>
      <Table.Td ta="right" c={r.targetGap !== null && r.targetGap > 0 ? 'red.7' : undefined}>{r.targetGap === null ? t('support.none') : r.targetGap > 0 ? `+${r.targetGap}` : r.targetGap}</Table.Td>
      <Table.Td>
        {r.checkpoint ? (
          <Tooltip label={t('support.checkpointAt', { exam: r.checkpoint.exam, days: r.checkpoint.daysBefore })}>
            <Badge variant="light" color={STATUS_COLOURS[r.checkpoint.status]}>{t(`support.status.${r.checkpoint.status}`)}</Badge>
          </Tooltip>
        ) : (
          t('support.none')
        )}
      </Table.Td>
      <Table.Td>{r.daysSinceVisit === null ? t('support.never') : t('support.daysAgo', { count: r.daysSinceVisit })}</Table.Td>
      <Table.Td>
        {r.openSteps} · <Text span inherit c={r.overdueSteps > 0 ? 'red.7' : undefined}>{r.overdueSteps}</Text>
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={120}
          aria-label={t('support.context')}
          data-testid="support-context"
          value={r.context ?? ''}
          allowDeselect={false}
          data={[{ value: '', label: t('support.contextNone') }, ...SCHOOL_CONTEXTS.map((c) => ({ value: c, label: t(`support.contexts.${c}`) }))]}
          onChange={(v) => onContext(v === 'challenging' || v === 'favourable' ? v : null)}
        />
      </Table.Td>
      <Table.Td>
        {r.group ? (
          <Tooltip label={t(`support.groups.${r.group}`)}>
            <Badge variant="outline" color={GROUP_COLOURS[r.group]} data-testid="support-group">{t('support.groupShort', { group: r.group })}</Badge>
          </Tooltip>
        ) : (
          t('support.none')
        )}
      </Table.Td>
      <Table.Td data-testid="support-partner">
        {r.partner ? <SchoolLink schoolId={r.partner.schoolId} name={r.partner.name}>{r.partner.abbreviation}</SchoolLink> : t('support.none')}
      </Table.Td>
    </Table.Tr>
  );
}

/** The four groups side by side, each school with its A–C %. */
function Groups({ ranking }: { ranking: SupportRanking }) {
  const { t } = useTranslation();
  const ungrouped = ranking.rows.filter((r) => r.group === null).length;
  return (
    <Card withBorder data-testid="support-groups">
      <Title order={4}>{t('support.groupsTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('support.groupsIntro')}</Text>
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        {([1, 2, 3, 4] as const).map((g) => {
          const schools = ranking.rows.filter((r) => r.group === g).sort((a, b) => a.number - b.number);
          return (
            <Card key={g} withBorder padding="sm" data-testid={`support-group-${g}`}>
              <Group gap="xs" mb={4}>
                <Badge variant="outline" color={GROUP_COLOURS[g]}>{t('support.groupShort', { group: g })}</Badge>
                <Text size="sm" fw={600}>{t(`support.groups.${g}`)}</Text>
              </Group>
              {schools.length === 0 ? (
                <Text size="sm" c="dimmed">{t('support.none')}</Text>
              ) : (
                schools.map((s) => (
                  <Text size="sm" key={s.schoolId}>
                    <SchoolLink schoolId={s.schoolId} name={s.name}>{s.abbreviation}</SchoolLink> · {s.acPercent}%{s.partner ? ` → ${s.partner.abbreviation}` : ''}
                  </Text>
                ))
              )}
            </Card>
          );
        })}
      </SimpleGrid>
      {ungrouped > 0 && <Text size="xs" c="dimmed" mt="xs">{t('support.ungrouped', { count: ungrouped })}</Text>}
    </Card>
  );
}
