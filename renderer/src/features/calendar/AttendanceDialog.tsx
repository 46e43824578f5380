/**
 * Attendance at one occurrence of an event: the invited schools with a tick each, their leaders and teachers
 * behind a fold with "attended" and "presented" ticks, and a note. "All attended" ticks every school, so the
 * clerk only unticks those that did not come. Ticking a person ticks their school; unticking a school
 * unticks its people. Saved whole; unsaved ticks are not thrown away without asking.
 */
import { Alert, Badge, Button, Checkbox, Group, Loader, ScrollArea, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, AttendancePerson, AttendanceSchool } from '../../../../shared/attendance/types';
import { formatDate } from '../../../../shared/dates';
import { call } from '../../api';
import { FormAlert, FormModal, useForm } from '../../forms';
import { notifyError, notifyOk } from '../../notify';

type Marked = { personId: number; presented: boolean };
type Draft = { schoolIds: number[]; people: Marked[]; note: string; version: number };

const sortNumbers = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);
const draftOf = (a: Attendance): Draft => ({
  schoolIds: sortNumbers(a.record.schoolIds),
  people: [...a.record.people].sort((x, y) => x.personId - y.personId),
  note: a.record.note,
  version: a.record.version,
});

export function AttendanceDialog({ eventId, occurrenceDate, onClose }: { eventId: number; occurrenceDate: string; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Attendance | null>(null);
  useEffect(() => {
    call('attendance.get', { eventId, occurrenceDate }).then(setLoaded, (err: unknown) => {
      notifyError(err);
      onClose();
    });
  }, [eventId, occurrenceDate]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!loaded) {
    return (
      <FormModal onClose={onClose} title={formatDate(occurrenceDate)} data-testid="attendance-dialog">
        <Loader size="sm" />
      </FormModal>
    );
  }
  return <AttendanceForm attendance={loaded} onClose={onClose} />;
}

function AttendanceForm({ attendance, onClose }: { attendance: Attendance; onClose: () => void }) {
  const { t } = useTranslation();
  const { eventId, occurrenceDate } = attendance;
  const [schools, setSchools] = useState(attendance.schools);
  const reload = async () => {
    const fresh = await call('attendance.get', { eventId, occurrenceDate });
    setSchools(fresh.schools);
    return draftOf(fresh);
  };
  const form = useForm(draftOf(attendance), { onClose, reload });
  const { draft: d, update } = form;
  const [open, setOpen] = useState<Set<number>>(new Set());
  const date = formatDate(occurrenceDate);

  const schoolOf = new Map(schools.flatMap((s) => s.people.map((p) => [p.id, s.id] as const)));
  const marked = new Map(d.people.map((p) => [p.personId, p]));
  const setSchool = (s: AttendanceSchool, on: boolean) =>
    update((x) => ({
      ...x,
      schoolIds: on ? sortNumbers([...x.schoolIds, s.id]) : x.schoolIds.filter((id) => id !== s.id),
      people: on ? x.people : x.people.filter((p) => schoolOf.get(p.personId) !== s.id),
    }));
  /** Attended (presented or not) or not at all; a person who came brings their school with them. */
  const setPerson = (p: AttendancePerson, state: Marked | null) =>
    update((x) => {
      const people = x.people.filter((m) => m.personId !== p.id);
      if (state) people.push(state);
      const school = schoolOf.get(p.id);
      return {
        ...x,
        people: people.sort((a, b) => a.personId - b.personId),
        schoolIds: state && school !== undefined ? sortNumbers([...x.schoolIds, school]) : x.schoolIds,
      };
    });
  const allAttended = () => update((x) => ({ ...x, schoolIds: sortNumbers(schools.map((s) => s.id)) }));
  const toggle = (id: number) => setOpen((o) => {
    const n = new Set(o);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    return n;
  });

  const save = () =>
    form
      .submit(async (x) => draftOf(await call('attendance.save', { eventId, occurrenceDate, schoolIds: x.schoolIds, people: x.people, note: x.note, version: x.version })))
      .then((ok) => {
        if (!ok) return;
        notifyOk(t('attendance.saved', { title: attendance.title, date }));
        onClose();
      });
  const presentedCount = d.people.filter((p) => p.presented).length;
  const roleLabel = (p: AttendancePerson) => t(`attendance.${p.leaderRole ?? 'teacher'}`);

  return (
    <FormModal onClose={() => void form.requestClose()} size="lg" title={t('attendance.dialogTitle', { title: attendance.title, date })} data-testid="attendance-dialog">
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          {schools.length === 0 ? (
            <Alert color="gray" data-testid="attendance-none-invited">{t('attendance.noneInvited')}</Alert>
          ) : (
            <>
              <Group justify="space-between" align="center">
                <Stack gap={0}>
                  <Text size="sm" fw={600} data-testid="attendance-summary">{t('attendance.schoolsAttended', { count: d.schoolIds.length, of: schools.length })}</Text>
                  <Text size="xs" c="dimmed">{t('attendance.peopleAttended', { count: d.people.length, presented: presentedCount })}</Text>
                </Stack>
                <Button variant="light" size="xs" onClick={allAttended} title={t('attendance.allAttendedHint')} data-testid="attendance-all">{t('attendance.allAttended')}</Button>
              </Group>
              <ScrollArea.Autosize mah={380} type="auto" offsetScrollbars>
                <Stack gap={4}>
                  {schools.map((s) => {
                    const came = d.schoolIds.includes(s.id);
                    const cameCount = s.people.filter((p) => marked.has(p.id)).length;
                    const field = `schoolIds.${d.schoolIds.indexOf(s.id)}`;
                    const error = came ? form.errors[field] : undefined;
                    return (
                      <div key={s.id} data-testid="attendance-school" data-school={s.abbreviation} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', paddingBottom: 4 }}>
                        <Group justify="space-between" wrap="nowrap">
                          <Checkbox
                            checked={came}
                            onChange={(e) => setSchool(s, e.currentTarget.checked)}
                            label={<><b>{s.abbreviation}</b> <Text span size="sm" c="dimmed">{s.name}</Text></>}
                            error={error}
                            data-field={came ? field : undefined}
                            data-testid="attendance-school-check"
                          />
                          <UnstyledButton onClick={() => toggle(s.id)} aria-expanded={open.has(s.id)} data-testid="attendance-people-toggle">
                            <Text size="xs" c="blue" style={{ whiteSpace: 'nowrap' }}>
                              {open.has(s.id) ? '▾' : '▸'} {t('attendance.people', { count: s.people.length })}
                              {cameCount > 0 ? ` · ${cameCount} ✓` : ''}
                            </Text>
                          </UnstyledButton>
                        </Group>
                        {open.has(s.id) && (
                          <Stack gap={2} pl="xl" pt={4}>
                            {s.people.length === 0 && <Text size="xs" c="dimmed">{t('attendance.noPeople')}</Text>}
                            {s.people.map((p) => {
                              const m = marked.get(p.id);
                              const at = d.people.findIndex((x) => x.personId === p.id);
                              const personError = at >= 0 ? form.errors[`people.${at}.personId`] : undefined;
                              return (
                                <Group key={p.id} justify="space-between" wrap="nowrap" data-testid="attendance-person" data-person={p.name}>
                                  <Stack gap={0} data-field={at >= 0 ? `people.${at}.personId` : undefined}>
                                    <Text size="sm">{p.name} <Badge size="xs" variant="light" color={p.leaderRole ? 'indigo' : 'gray'}>{roleLabel(p)}</Badge></Text>
                                    {personError && <Text size="xs" c="red">{personError}</Text>}
                                  </Stack>
                                  <Group gap="md" wrap="nowrap">
                                    <Checkbox size="xs" label={t('attendance.attended')} checked={!!m} onChange={(e) => setPerson(p, e.currentTarget.checked ? { personId: p.id, presented: false } : null)} data-testid="attendance-person-attended" />
                                    <Checkbox size="xs" label={t('attendance.presented')} checked={!!m?.presented} onChange={(e) => setPerson(p, e.currentTarget.checked ? { personId: p.id, presented: true } : m ? { personId: p.id, presented: false } : null)} data-testid="attendance-person-presented" />
                                  </Group>
                                </Group>
                              );
                            })}
                          </Stack>
                        )}
                      </div>
                    );
                  })}
                </Stack>
              </ScrollArea.Autosize>
            </>
          )}
          <Textarea label={t('attendance.note')} autosize minRows={1} maxRows={4} value={d.note} {...form.at('note')} onChange={(e) => form.set({ note: e.currentTarget.value })} data-testid="attendance-note" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving} disabled={schools.length === 0} data-testid="attendance-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
