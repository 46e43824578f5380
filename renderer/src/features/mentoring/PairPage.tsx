/** One pair: targets and progress, the timeline of sessions and assessments, actions open and done. */
import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayLocal, type Language } from '../../../../shared/dates';
import { LEVELS, type Assignment } from '../../../../shared/mentoring/types';
import { call, saveDocument } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { confirm, DateField, FormAlert, FormDrawer, FormModal, useForm, withVersion } from '../../forms';
import { SessionForm, type SessionDraft } from './SessionForm';

export function PairBadge({ pair }: { pair: Pick<Assignment, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (pair.status === 'active') {
    return pair.overdue ? <Badge color="red" style={{ flexShrink: 0 }} data-testid="pair-state">{t('mentoring.overdue')}</Badge> : <Badge color="teal" style={{ flexShrink: 0 }} data-testid="pair-state">{t('mentoring.onTrack')}</Badge>;
  }
  return <Badge color={pair.status === 'appointed' ? 'blue' : 'gray'} style={{ flexShrink: 0 }} data-testid="pair-state">{t(`mentoring.statusName.${pair.status}`)}</Badge>;
}

export function PairPage({ pair, onChanged, onEdit, onDeleted, onClose }: { pair: Assignment; onChanged: (a: Assignment) => void; onEdit: () => void; onDeleted: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [session, setSession] = useState<SessionDraft | null>(null);
  const [ending, setEnding] = useState(false);
  const blankAssessment = { competencyId: String(pair.focus[0]?.competencyId ?? ''), date: todayLocal(), level: '3', evidence: '' };
  const assessForm = useForm(blankAssessment);
  const assess = assessForm.draft;
  const names = { mentee: pair.mentee.name, mentor: pair.mentor.name };
  /** Asks first, saying what goes; true once done. */
  const removing = async (title: string, message: string, run: () => Promise<void>): Promise<boolean> => {
    if (!(await confirm({ title, message, confirmLabel: t('forms.delete'), danger: true }))) return false;
    try {
      await run();
      return true;
    } catch (err) {
      notifyError(err);
      return false;
    }
  };
  const deletePair = () => void removing(t('forms.deletePair', names), t('forms.deletePairText'), async () => {
    await call('assignments.delete', { id: pair.id });
    onDeleted();
  });
  const sessionDraft = (s: Assignment['sessions'][number]): SessionDraft => ({ ...s, ...withVersion(s) });
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
    ...pair.sessions.map((s) => ({ date: s.date, key: `s${s.id}`, title: `${t('mentoring.session')} · ${t(`mentoring.modeName.${s.mode}`)} · ${s.durationMinutes} min`, body: s.topics, session: s, assessment: null })),
    ...pair.assessments.map((a) => ({ date: a.date, key: `a${a.id}`, title: `${t('mentoring.assessment')} · ${competencyName(a.competencyId)}: Tahap ${a.level}`, body: a.evidence, session: null, assessment: a })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const actions = pair.sessions.flatMap((s) => s.actions.map((a) => ({ ...a, session: s.date })));

  return (
    <FormDrawer onClose={onClose} dirty={assessForm.dirty} position="right" size="xl" title={`${pair.mentee.name} — ${t('mentoring.mentor')}: ${pair.mentor.name}`} data-testid="pair-page">
      <Stack>
        <Group gap="xs">
          <PairBadge pair={pair} />
          {pair.sameSchool && <Badge color="orange">{t('mentoring.sameSchoolShort')}</Badge>}
          <Text size="sm" c="dimmed">
            {pair.referenceNo && `${pair.referenceNo} · `}
            {t(`mentoring.scheduleName.${pair.schedule}`)}
            {pair.startDate && ` · ${formatDate(pair.startDate)}`}
            {pair.endDate && ` – ${formatDate(pair.endDate)}`}
          </Text>
        </Group>
        <Text size="sm" data-testid="pair-sessions">
          {t('mentoring.heldOfPlanned', { held: pair.sessionsHeld, planned: pair.sessionsPlanned })}
          {pair.nextSessionDate && ` · ${t('mentoring.nextOn', { date: formatDate(pair.nextSessionDate) })}`}
        </Text>
        {pair.goals && <Text size="sm">{pair.goals}</Text>}
        <Group gap="xs">
          {open && pair.status !== 'proposed' && (
            <Button size="xs" onClick={() => setSession({ date: todayLocal(), durationMinutes: 60, mode: 'visit', topics: '', notes: '', nextDate: null, actions: [] })} data-testid="log-session">
              {t('mentoring.logSession')}
            </Button>
          )}
          {open && <Button size="xs" variant="default" onClick={onEdit} data-testid="edit-pair">{t('mentoring.editPair')}</Button>}
          {open && <Button size="xs" variant="default" color="red" onClick={() => setEnding(true)} data-testid="end-pair">{t('mentoring.end')}</Button>}
          {pair.status === 'proposed' && pair.sessions.length === 0 && pair.assessments.length === 0 && (
            <Button size="xs" variant="subtle" color="red" onClick={deletePair} data-testid="delete-pair">{t('forms.delete')}</Button>
          )}
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
            void assessForm.submit(async (a) => {
              onChanged(await call('assessments.create', { assignmentId: pair.id, competencyId: Number(a.competencyId), date: a.date, level: Number(a.level), evidence: a.evidence }));
              return blankAssessment;
            });
          }}>
            <FormAlert form={assessForm} />
            <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
              <Select aria-label={t('mentoring.competency')} allowDeselect={false} data={pair.focus.map((f) => ({ value: String(f.competencyId), label: f.code }))} value={assess.competencyId} {...assessForm.at('competencyId')} onChange={(v) => v && assessForm.set({ competencyId: v })} />
              <DateField aria-label={t('mentoring.assessedOn')} value={assess.date} {...assessForm.at('date')} onChange={(date) => assessForm.set({ date })} data-testid="assess-date" />
              <Select aria-label={t('mentoring.level')} allowDeselect={false} data={LEVELS.map((l) => ({ value: String(l), label: `Tahap ${l}` }))} value={assess.level} {...assessForm.at('level')} onChange={(v) => v && assessForm.set({ level: v })} data-testid="assess-level" />
              <TextInput aria-label={t('mentoring.evidence')} placeholder={t('mentoring.evidence')} value={assess.evidence} {...assessForm.at('evidence')} onChange={(e) => assessForm.set({ evidence: e.currentTarget.value })} />
              <Button type="submit" variant="default" loading={assessForm.saving} data-testid="assess-save">{t('mentoring.recordLevel')}</Button>
            </SimpleGrid>
          </form>
        )}

        <Title order={5}>{t('mentoring.actions')}</Title>
        {actions.length === 0 && <Text size="sm" c="dimmed">{t('mentoring.noActions')}</Text>}
        {actions.map((a) => (
          <Checkbox
            key={a.id}
            label={`${a.text}${a.dueDate ? ` (${t('mentoring.due')} ${formatDate(a.dueDate)})` : ''}`}
            checked={a.doneOn !== null}
            onChange={(e) => void run(() => call('actions.setDone', { id: a.id, doneOn: e.currentTarget.checked ? todayLocal() : '' }))}
            data-testid="pair-action"
          />
        ))}

        <Title order={5}>{t('mentoring.timeline')}</Title>
        {timeline.length === 0 && <Text size="sm" c="dimmed">{t('mentoring.noSessions')}</Text>}
        <Timeline bulletSize={14} lineWidth={2} data-testid="pair-timeline">
          {timeline.map((item) => (
            <Timeline.Item key={item.key} title={`${formatDate(item.date)} · ${item.title}`}>
              {item.body && <Text size="sm" c="dimmed">{item.body}</Text>}
              {item.session && open && (
                <Button size="compact-xs" variant="subtle" onClick={() => item.session && setSession(sessionDraft(item.session))}>{t('schools.edit')}</Button>
              )}
              {item.assessment && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  data-testid="assessment-delete"
                  onClick={() => {
                    const a = item.assessment;
                    if (a) void removing(t('forms.deleteAssessment', { date: formatDate(a.date), what: `${competencyName(a.competencyId)}: Tahap ${a.level}` }), t('forms.deleteAssessmentText'), async () => onChanged(await call('assessments.delete', { id: a.id })));
                  }}
                >
                  {t('forms.delete')}
                </Button>
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
            onChanged(d.id ? await call('sessions.update', { id: d.id, ...withVersion(d), ...fields }) : await call('sessions.create', { assignmentId: pair.id, ...fields }));
            notifyOk(t('mentoring.sessionSaved'));
          }}
          onDelete={
            session.id
              ? () => {
                  const id = session.id as number;
                  return removing(t('forms.deleteSession', { date: formatDate(session.date) }), t('forms.deleteSessionText'), async () => onChanged(await call('sessions.delete', { id })));
                }
              : undefined
          }
          reload={
            session.id
              ? async () => {
                  const fresh = (await call('assignments.get', { id: pair.id })).sessions.find((x) => x.id === session.id);
                  if (!fresh) throw new Error(t('forms.gone'));
                  return sessionDraft(fresh);
                }
              : undefined
          }
          onClose={() => setSession(null)}
        />
      )}
      {ending && <EndForm pair={pair} onDone={(a) => { onChanged(a); setEnding(false); }} onClose={() => setEnding(false)} />}
    </FormDrawer>
  );
}

function EndForm({ pair, onDone, onClose }: { pair: Assignment; onDone: (a: Assignment) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ status: 'completed' | 'withdrawn'; endedOn: string; note: string }>({ status: 'completed', endedOn: todayLocal(), note: '' }, { onClose });
  const { draft: d, set, at } = form;
  const names = { mentee: pair.mentee.name, mentor: pair.mentor.name };
  const end = async () => {
    const ok = await confirm({
      title: t(d.status === 'withdrawn' ? 'forms.withdrawPair' : 'forms.endPair', names),
      message: t('forms.endPairText', { date: formatDate(d.endedOn) }),
      confirmLabel: t('mentoring.end'),
      danger: true,
    });
    if (ok) await form.submit(async (x) => onDone(await call('assignments.end', { id: pair.id, ...withVersion(pair), ...x })));
  };
  return (
    <FormModal onClose={() => void form.requestClose()} title={t('mentoring.end')} data-testid="end-form">
      <form onSubmit={(e) => { e.preventDefault(); void end(); }}>
        <Stack>
          <FormAlert form={form} />
          <Select label={t('mentoring.status')} allowDeselect={false} data={(['completed', 'withdrawn'] as const).map((s) => ({ value: s, label: t(`mentoring.statusName.${s}`) }))} value={d.status} {...at('status')} onChange={(v) => v && set({ status: v })} data-testid="end-status" />
          <DateField label={t('mentoring.endedOn')} value={d.endedOn} {...at('endedOn')} onChange={(endedOn) => set({ endedOn })} data-testid="end-date" />
          <TextInput label={t('calendar.notes')} value={d.note} {...at('note')} onChange={(e) => set({ note: e.currentTarget.value })} />
          <Text size="xs" c="dimmed">{t('mentoring.endHint')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" color="red" loading={form.saving} data-testid="end-save">{t('mentoring.end')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
