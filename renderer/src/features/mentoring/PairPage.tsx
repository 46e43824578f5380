/** One pair: targets and progress, the timeline of sessions and assessments, actions open and done. */
import { Badge, Button, Checkbox, Drawer, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate, todayLocal, type Language } from '../../../../shared/dates';
import { LEVELS, type Assignment } from '../../../../shared/mentoring/types';
import { call, saveDocument } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { submit } from '../plan/PlanForms';
import { SessionForm, type SessionDraft } from './SessionForm';

export function PairBadge({ pair }: { pair: Pick<Assignment, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (pair.status === 'active') {
    return pair.overdue ? <Badge color="red" style={{ flexShrink: 0 }} data-testid="pair-state">{t('mentoring.overdue')}</Badge> : <Badge color="teal" style={{ flexShrink: 0 }} data-testid="pair-state">{t('mentoring.onTrack')}</Badge>;
  }
  return <Badge color={pair.status === 'appointed' ? 'blue' : 'gray'} style={{ flexShrink: 0 }} data-testid="pair-state">{t(`mentoring.statusName.${pair.status}`)}</Badge>;
}

export function PairPage({ pair, onChanged, onEdit, onClose }: { pair: Assignment; onChanged: (a: Assignment) => void; onEdit: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [session, setSession] = useState<SessionDraft | null>(null);
  const [ending, setEnding] = useState(false);
  const [assess, setAssess] = useState({ competencyId: String(pair.focus[0]?.competencyId ?? ''), date: todayLocal(), level: '3', evidence: '' });
  const [assessErrors, setAssessErrors] = useState<Record<string, string>>({});
  const open = pair.status === 'proposed' || pair.status === 'appointed' || pair.status === 'active';
  const competencyName = (id: number) => {
    const f = pair.focus.find((x) => x.competencyId === id);
    return f ? `${f.code} ${language === 'en' ? f.nameEn : f.nameMs}` : '';
  };
  const run = async (fn: () => Promise<Assignment>) => {
    try {
      onChanged(await fn());
    } catch (err) {
      notifyError(err);
    }
  };
  const timeline = [
    ...pair.sessions.map((s) => ({ date: s.date, key: `s${s.id}`, title: `${t('mentoring.session')} · ${t(`mentoring.modeName.${s.mode}`)} · ${s.durationMinutes} min`, body: s.topics, session: s })),
    ...pair.assessments.map((a) => ({ date: a.date, key: `a${a.id}`, title: `${t('mentoring.assessment')} · ${competencyName(a.competencyId)}: Tahap ${a.level}`, body: a.evidence, session: null })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const actions = pair.sessions.flatMap((s) => s.actions.map((a) => ({ ...a, session: s.date })));

  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={`${pair.mentee.name} — ${t('mentoring.mentor')}: ${pair.mentor.name}`} data-testid="pair-page">
      <Stack>
        <Group gap="xs">
          <PairBadge pair={pair} />
          {pair.sameSchool && <Badge color="orange">{t('mentoring.sameSchoolShort')}</Badge>}
          <Text size="sm" c="dimmed">
            {pair.referenceNo && `${pair.referenceNo} · `}
            {t(`mentoring.scheduleName.${pair.schedule}`)}
            {pair.startDate && ` · ${formatLongDate(pair.startDate, language)}`}
            {pair.endDate && ` – ${formatLongDate(pair.endDate, language)}`}
          </Text>
        </Group>
        <Text size="sm" data-testid="pair-sessions">
          {t('mentoring.heldOfPlanned', { held: pair.sessionsHeld, planned: pair.sessionsPlanned })}
          {pair.nextSessionDate && ` · ${t('mentoring.nextOn', { date: formatLongDate(pair.nextSessionDate, language) })}`}
        </Text>
        {pair.goals && <Text size="sm">{pair.goals}</Text>}
        <Group gap="xs">
          {open && pair.status !== 'proposed' && (
            <Button size="xs" onClick={() => setSession({ date: todayLocal(), durationMinutes: 60, mode: 'visit', topics: '', notes: '', nextDate: null, actions: [] })} data-testid="log-session">
              {t('mentoring.logSession')}
            </Button>
          )}
          {open && <Button size="xs" variant="default" onClick={onEdit} data-testid="edit-pair">{t('mentoring.editPair')}</Button>}
          {open && <Button size="xs" variant="default" color="red" onClick={() => setEnding(true)}>{t('mentoring.end')}</Button>}
          {(pair.status === 'appointed' || pair.status === 'active') && (
            <Button size="xs" variant="default" onClick={() => void saveDocument({ kind: 'mentor-appointment-letters', year: pair.year, assignmentIds: [pair.id], language }).then((r) => r.saved && notifyOk(r.fileName), notifyError)}>
              {t('mentoring.letter')}
            </Button>
          )}
        </Group>

        <Title order={5}>{t('mentoring.targets')}</Title>
        <Table withTableBorder data-testid="pair-targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mentoring.competency')}</Table.Th>
              <Table.Th>{t('mentoring.baseline')}</Table.Th>
              <Table.Th>{t('mentoring.current')}</Table.Th>
              <Table.Th>{t('mentoring.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pair.focus.map((f) => (
              <Table.Tr key={f.competencyId}>
                <Table.Td>{f.code} · {language === 'en' ? f.nameEn : f.nameMs}</Table.Td>
                <Table.Td>{f.baseline}</Table.Td>
                <Table.Td fw={700} c={f.current >= f.target ? 'teal' : undefined}>{f.current}</Table.Td>
                <Table.Td>{f.target}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>

        {open && pair.status !== 'proposed' && (
          <form onSubmit={(e) => {
            e.preventDefault();
            void submit(async () => onChanged(await call('assessments.create', { assignmentId: pair.id, competencyId: Number(assess.competencyId), date: assess.date, level: Number(assess.level), evidence: assess.evidence })), setAssessErrors);
          }}>
            <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
              <Select aria-label={t('mentoring.competency')} allowDeselect={false} data={pair.focus.map((f) => ({ value: String(f.competencyId), label: f.code }))} value={assess.competencyId} error={assessErrors.competencyId} onChange={(v) => v && setAssess({ ...assess, competencyId: v })} />
              <TextInput type="date" aria-label={t('mentoring.assessedOn')} value={assess.date} error={assessErrors.date} onChange={(e) => setAssess({ ...assess, date: e.currentTarget.value })} />
              <Select aria-label={t('mentoring.level')} allowDeselect={false} data={LEVELS.map((l) => ({ value: String(l), label: `Tahap ${l}` }))} value={assess.level} onChange={(v) => v && setAssess({ ...assess, level: v })} data-testid="assess-level" />
              <TextInput aria-label={t('mentoring.evidence')} placeholder={t('mentoring.evidence')} value={assess.evidence} error={assessErrors.evidence} onChange={(e) => setAssess({ ...assess, evidence: e.currentTarget.value })} />
              <Button type="submit" variant="default" data-testid="assess-save">{t('mentoring.recordLevel')}</Button>
            </SimpleGrid>
          </form>
        )}

        <Title order={5}>{t('mentoring.actions')}</Title>
        {actions.length === 0 && <Text size="sm" c="dimmed">{t('mentoring.noActions')}</Text>}
        {actions.map((a) => (
          <Checkbox
            key={a.id}
            label={`${a.text}${a.dueDate ? ` (${t('mentoring.due')} ${formatLongDate(a.dueDate, language)})` : ''}`}
            checked={a.doneOn !== null}
            onChange={(e) => void run(() => call('actions.setDone', { id: a.id, doneOn: e.currentTarget.checked ? todayLocal() : '' }))}
            data-testid="pair-action"
          />
        ))}

        <Title order={5}>{t('mentoring.timeline')}</Title>
        {timeline.length === 0 && <Text size="sm" c="dimmed">{t('mentoring.noSessions')}</Text>}
        <Timeline bulletSize={14} lineWidth={2} data-testid="pair-timeline">
          {timeline.map((item) => (
            <Timeline.Item key={item.key} title={`${formatLongDate(item.date, language)} · ${item.title}`}>
              {item.body && <Text size="sm" c="dimmed">{item.body}</Text>}
              {item.session && open && (
                <Button size="compact-xs" variant="subtle" onClick={() => setSession({ ...item.session })}>{t('schools.edit')}</Button>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>

      {session && (
        <SessionForm
          title={session.id ? t('mentoring.editSession') : t('mentoring.logSession')}
          draft={session}
          onSave={async (d) => {
            const fields = { date: d.date, durationMinutes: d.durationMinutes, mode: d.mode, topics: d.topics, notes: d.notes, nextDate: d.nextDate ?? '', actions: d.actions.map((a) => ({ ...a, dueDate: a.dueDate ?? '', doneOn: a.doneOn ?? '' })) };
            onChanged(d.id ? await call('sessions.update', { id: d.id, version: d.version ?? 0, ...fields }) : await call('sessions.create', { assignmentId: pair.id, ...fields }));
            notifyOk(t('mentoring.sessionSaved'));
          }}
          onClose={() => setSession(null)}
        />
      )}
      {ending && <EndForm pair={pair} onDone={(a) => { onChanged(a); setEnding(false); }} onClose={() => setEnding(false)} />}
    </Drawer>
  );
}

function EndForm({ pair, onDone, onClose }: { pair: Assignment; onDone: (a: Assignment) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState({ status: 'completed' as 'completed' | 'withdrawn', endedOn: todayLocal(), note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Modal opened onClose={onClose} title={t('mentoring.end')}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(async () => onDone(await call('assignments.end', { id: pair.id, version: pair.version, ...d })), setErrors); }}>
        <Stack>
          <Select label={t('mentoring.status')} allowDeselect={false} data={(['completed', 'withdrawn'] as const).map((s) => ({ value: s, label: t(`mentoring.statusName.${s}`) }))} value={d.status} onChange={(v) => v && setD({ ...d, status: v })} />
          <TextInput type="date" label={t('mentoring.endedOn')} value={d.endedOn} error={errors.endedOn} onChange={(e) => setD({ ...d, endedOn: e.currentTarget.value })} />
          <TextInput label={t('calendar.notes')} value={d.note} error={errors.note} onChange={(e) => setD({ ...d, note: e.currentTarget.value })} />
          <Text size="xs" c="dimmed">{t('mentoring.endHint')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('school.cancel')}</Button>
            <Button type="submit" color="red">{t('mentoring.end')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
