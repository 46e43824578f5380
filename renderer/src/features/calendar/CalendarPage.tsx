/**
 * The event calendar (FullCalendar): month, week and list views; filters by initiative, school and officer;
 * select days to create, drag to move, drag an end to resize. Series dates, exams and checkpoints come
 * expanded from `events.list`, so the calendar shows exactly what the documents print.
 */
import type { DateSelectArg, EventClickArg, EventDropArg, EventInput, EventSourceFuncArg, MoreLinkArg, MoreLinkContentArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import msLocale from '@fullcalendar/core/locales/ms';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Button, Group, Menu, MultiSelect, Select, Stack, TextInput, Title } from '@mantine/core';
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textColourOn } from '../../../../shared/colour';
import { parseTypedMonth, todayLocal, type Language } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import { addDays, daysBetween } from '../../../../shared/plan/calendar-dates';
import { fitMonth } from '../../../../shared/plan/month-fit';
import type { CalendarEvent, Initiative, Occurrence } from '../../../../shared/plan/types';
import type { Output } from '../../../../shared/api';
import { ApiCallError, call, saveDocument } from '../../api';
import { FormModal } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { useDataYears } from '../common/useDataYears';
import { ExcelButton } from '../common/ExcelButton';
import { AttendanceDialog } from './AttendanceDialog';
import { DatesPanel } from './DatesPanel';
import { blankEvent, EventForm, type EventDraft, type EventScope } from './EventForm';

type Editing = { draft: EventDraft; scope: EventScope; eventId?: number } | null;
type Asking = { occurrence: Occurrence } | null;
/** The occurrence whose attendance is open: the event's row and the date it is taken for. */
type Taking = { eventId: number; date: string } | null;

/** Lines a day of the month grid shows, the "+N more" line included. */
const DAY_ROWS = 4;

/**
 * A day's "+N more" line, counting the items the page left out of the grid (./month-fit): the calendar only
 * knows those it was given. Its day is the cell it sits in.
 */
function MoreOnDay({ num, omitted }: { num: number; omitted: Record<string, number> }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLSpanElement>(null);
  const [date, setDate] = useState<string | null>(null);
  useLayoutEffect(() => {
    const day = ref.current?.closest('[data-date]')?.getAttribute('data-date') ?? null;
    if (day !== date) setDate(day);
  }, [date, num, omitted]);
  return <span ref={ref}>{t('calendar.moreOnDay', { count: num + (date ? (omitted[date] ?? 0) : 0) })}</span>;
}

/** The days FullCalendar's month grid shows for a date: six weeks from the Monday on or before the 1st. */
function monthGrid(date: string): { from: string; to: string } {
  const first = `${date.slice(0, 8)}01`;
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const from = addDays(first, -weekday);
  return { from, to: addDays(from, 41) };
}

type EventsAnswer = Output<'events.list'>;

/**
 * The current month's items, asked for as the page is first drawn (while FullCalendar builds its grid) and
 * taken by the calendar's first fetch of the same days. Kept outside the component: a drawing React starts
 * again must not ask twice. An answer not taken within a few seconds is not used.
 */
let early: { from: string; to: string; at: number; answer: Promise<EventsAnswer> } | null = null;
const EARLY_MS = 5_000;

function askEarly(day: string): null {
  const range = monthGrid(day);
  if (early && early.from === range.from && Date.now() - early.at < EARLY_MS) return null;
  const answer = call('events.list', { ...range, initiativeIds: [], schoolIds: [], personIds: [] });
  answer.catch(() => undefined);
  early = { ...range, at: Date.now(), answer };
  return null;
}

function takeEarly(from: string, to: string): Promise<EventsAnswer> | null {
  const e = early;
  early = null;
  return e && e.from === from && e.to === to && Date.now() - e.at < EARLY_MS ? e.answer : null;
}

/** Only the month grid asks for five or six weeks at once (the week and list views ask for less). */
const isMonthGrid = (from: string, to: string) => daysBetween(from, to) >= 34;

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const TOOLBAR = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' };
const VIEWS = { timeGridWeek: { slotMinTime: '06:00:00', slotMaxTime: '20:00:00' } };

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const GREY = '#868e96';

function toInput(o: Occurrence): EventInput {
  const colour = o.colour ?? GREY;
  const common = {
    id: o.key,
    title: o.kind === 'event' && o.place ? `${o.title} · ${o.place}` : o.title,
    backgroundColor: colour,
    borderColor: o.kind === 'exam' ? '#000' : colour,
    textColor: textColourOn(colour),
    editable: o.kind === 'event',
    classNames: [`kind-${o.kind}`],
    extendedProps: { occurrence: o },
  };
  return o.allDay
    ? { ...common, start: o.start, end: addDays(o.end, 1), allDay: true }
    : { ...common, start: `${o.start}T${o.startTime ?? '00:00'}:00`, end: `${o.end}T${o.endTime ?? '23:59'}:00`, allDay: false };
}

/**
 * `date` opens the month of that day (an event found by search); `action: 'new'` opens the form for a new
 * event as the page opens (the palette's "New event").
 */
export function CalendarPage({ date, action }: { date?: string; action?: 'new' } = {}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const calendarRef = useRef<FullCalendar>(null);
  const [viewYear, setViewYear] = useState(Number((date ?? todayLocal()).slice(0, 4)));
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [initiatives, setInitiatives] = useState<Initiative[]>([]);
  const [schools, setSchools] = useState<SchoolSummary[]>([]);
  const [team, setTeam] = useState<TeamMember[]>([]);
  const [filters, setFilters] = useState<{ initiativeIds: number[]; schoolIds: number[]; personIds: number[] }>({ initiativeIds: [], schoolIds: [], personIds: [] });
  const [editing, setEditing] = useState<Editing>(() => (action === 'new' ? { draft: blankEvent(todayLocal()), scope: { kind: 'event' } } : null));
  const [asking, setAsking] = useState<Asking>(null);
  const [taking, setTaking] = useState<Taking>(null);
  const [datesYear, setDatesYear] = useState<number | null>(null);
  const [goto, setGoto] = useState('');
  /** Single-day items the month grid was not given, by date (see fitMonth). */
  const omitted = useRef<Record<string, number>>({});
  // This month's items are asked for as the page starts, while the calendar builds its grid, not after
  // (once: a later drawing of the page must not ask again).
  useState(() => askEarly(date ?? todayLocal()));
  const [dataYears] = useDataYears();
  const thisYear = Number(todayLocal().slice(0, 4));
  /** A year opens on today's month in the current year, else on its January. */
  const showYear = useCallback((y: number) => calendarRef.current?.getApi().gotoDate(y === thisYear ? todayLocal() : `${y}-01-01`), [thisYear]);
  // The calendar opens on the current year if it has dates, else on the latest year that has.
  // A day asked for (an event found by search) opens its own month instead.
  const opened = useRef(date !== undefined);
  const drawnOnce = useRef(false);
  useEffect(() => {
    if (!dataYears || opened.current) return;
    opened.current = true;
    if (dataYears.opening.calendar !== thisYear) showYear(dataYears.opening.calendar);
  }, [dataYears, thisYear, showYear]);
  const yearOptions = useMemo(() => [...new Set([...(dataYears?.calendar ?? [thisYear]), viewYear])].sort((a, b) => a - b).map(String), [dataYears, thisYear, viewYear]);

  // The filters' lists as transitions, drawn in slices beside the calendar's own drawing.
  useEffect(() => {
    call('schools.list', {}).then((r) => startTransition(() => setSchools(r.items)), notifyError);
    call('team.list', {}).then((r) => startTransition(() => setTeam(r)), notifyError);
  }, []);
  useEffect(() => {
    call('plan.get', { year: viewYear }).then(
      (p) => startTransition(() => setInitiatives(p.initiatives)),
      (err: unknown) => (err instanceof ApiCallError && err.code === 'NOT_FOUND' ? setInitiatives([]) : notifyError(err)),
    );
  }, [viewYear]);

  const fetchEvents = useCallback(
    (info: EventSourceFuncArg, success: (events: EventInput[]) => void, failure: (err: Error) => void) => {
      const from = todayLocal(info.start);
      const to = addDays(todayLocal(info.end), -1);
      const unfiltered = filters.initiativeIds.length + filters.schoolIds.length + filters.personIds.length === 0;
      const answer = (unfiltered && takeEarly(from, to)) || call('events.list', { from, to, ...filters });
      answer.then(
        ({ occurrences, periods }) => {
          const fit = isMonthGrid(from, to) ? fitMonth(occurrences, DAY_ROWS + 1) : { shown: occurrences, omitted: {} };
          omitted.current = fit.omitted;
          success([
            ...periods.map((p): EventInput => ({
              id: `p${p.id}`,
              title: p.name,
              start: p.start,
              end: addDays(p.end, 1),
              allDay: true,
              display: 'background',
              backgroundColor: p.kind === 'term' ? '#2f9e44' : '#e03131',
              classNames: [`period-${p.kind}`],
            })),
            ...fit.shown.map(toInput),
          ]);
        },
        (err: unknown) => {
          notifyError(err);
          failure(err instanceof Error ? err : new Error(String(err)));
        },
      );
    },
    [filters],
  );

  // Options the calendar compares by identity: made once, so a change elsewhere on the page (a filter's
  // list arriving) does not make it draw its month again.
  const moreLinkContent = useCallback((arg: MoreLinkContentArg) => <MoreOnDay num={arg.num} omitted={omitted.current} />, []);
  // A day the grid holds only part of opens as a list of all its items; the others in FullCalendar's popover.
  const moreLinkClick = useCallback((arg: MoreLinkArg) => (omitted.current[todayLocal(arg.date)] ? 'listDay' : 'popover'), []);

  const refetch = () => calendarRef.current?.getApi().refetchEvents();

  const draftOf = (e: CalendarEvent): EventDraft => ({ ...e });
  const fieldsOf = ({ id: _id, seriesId: _s, occurrenceDate: _o, version: _v, ...rest }: CalendarEvent | EventDraft & { seriesId?: unknown; occurrenceDate?: unknown }) => rest;

  const open = async (o: Occurrence, scope: 'occurrence' | 'series' | 'event') => {
    if (o.eventId === null) return;
    try {
      const stored = await call('events.get', { id: o.eventId });
      if (scope === 'occurrence' && o.seriesId !== null && o.occurrenceDate !== null) {
        setEditing({ draft: { ...draftOf(stored), startDate: o.start, endDate: o.end, rrule: null, repeatUntil: null, skips: [] }, scope: { kind: 'occurrence', seriesId: o.seriesId, date: o.occurrenceDate } });
      } else {
        setEditing({ draft: draftOf(stored), scope: { kind: scope === 'series' ? 'series' : 'event' }, eventId: stored.id });
      }
    } catch (err) {
      notifyError(err);
    }
  };

  const onClick = (arg: EventClickArg) => {
    const o = arg.event.extendedProps.occurrence as Occurrence | undefined;
    if (!o) return;
    if (o.kind === 'session' || o.kind === 'visit') return;
    if (o.kind !== 'event') return setDatesYear(Number(o.start.slice(0, 4)));
    // A date of a series (not a date already edited on its own) asks which to edit.
    if (o.seriesId !== null && o.eventId === o.seriesId) return setAsking({ occurrence: o });
    void open(o, 'event');
  };

  const onSelect = (arg: DateSelectArg) => {
    arg.view.calendar.unselect();
    const start = todayLocal(arg.start);
    if (arg.allDay) setEditing({ draft: blankEvent(start, addDays(todayLocal(arg.end), -1)), scope: { kind: 'event' } });
    else setEditing({ draft: { ...blankEvent(start, todayLocal(arg.end)), allDay: false, startTime: hhmm(arg.start), endTime: hhmm(arg.end) }, scope: { kind: 'event' } });
  };

  /** Dragging or resizing saves at once: one date of a series becomes that date's own entry. */
  const onMoved = async (arg: EventDropArg | EventResizeDoneArg) => {
    const o = arg.event.extendedProps.occurrence as Occurrence;
    const ev = arg.event;
    if (!ev.start || o.eventId === null) return arg.revert();
    const startDate = todayLocal(ev.start);
    const allDay = ev.allDay;
    const endDate = ev.end ? (allDay ? addDays(todayLocal(ev.end), -1) : todayLocal(ev.end)) : startDate;
    const times = allDay ? { startTime: null, endTime: null } : { startTime: hhmm(ev.start), endTime: ev.end ? hhmm(ev.end) : hhmm(new Date(ev.start.getTime() + 3_600_000)) };
    try {
      const stored = await call('events.get', { id: o.eventId });
      const moved = { ...fieldsOf(stored), startDate, endDate, allDay, ...times };
      if (o.seriesId !== null && o.eventId === o.seriesId && o.occurrenceDate) {
        await call('events.editOccurrence', { ...moved, seriesId: o.seriesId, occurrenceDate: o.occurrenceDate });
      } else {
        await call('events.update', { ...moved, id: stored.id, version: stored.version });
      }
      notifyOk(t('calendar.moved', { title: o.title }));
      refetch();
    } catch (err) {
      arg.revert();
      notifyError(err);
    }
  };

  const save = async (d: EventDraft) => {
    if (!editing) return;
    const fields = fieldsOf(d);
    const { scope } = editing;
    if (scope.kind === 'occurrence') await call('events.editOccurrence', { ...fields, seriesId: scope.seriesId, occurrenceDate: scope.date });
    else if (editing.eventId) await call('events.update', { ...fields, id: editing.eventId, version: d.version ?? 0 });
    else await call('events.create', fields);
    notifyOk(t('calendar.saved', { title: d.title }));
    refetch();
  };

  /** Attendance is taken at one date: a one-off event's first day, or the date of the series being edited (not the whole series). */
  const attendanceOf = (e: NonNullable<Editing>) => {
    const target = e.scope.kind === 'occurrence' ? { eventId: e.scope.seriesId, date: e.scope.date } : e.scope.kind === 'event' && e.eventId ? { eventId: e.eventId, date: e.draft.startDate } : null;
    if (!target) return undefined;
    return () => {
      setEditing(null);
      setTaking(target);
    };
  };

  const runAndRefetch = async (run: () => Promise<unknown>) => {
    try {
      await run();
      refetch();
    } catch (err) {
      notifyError(err);
      throw err;
    }
  };

  // The calendar is made again only when what it shows changes (language, filters): it compares its options
  // on every drawing of the page, and a list arriving for a filter would otherwise make it draw its month anew.
  // Its handlers reach the page's latest ones through a ref.
  const handlers = useRef({ onSelect, onClick, onMoved });
  useLayoutEffect(() => {
    handlers.current = { onSelect, onClick, onMoved };
  });
  const calendar = useMemo(
    () => (
      <FullCalendar
        ref={calendarRef}
        plugins={PLUGINS}
        locale={language === 'ms' ? msLocale : enGbLocale}
        firstDay={1}
        initialView="dayGridMonth"
        initialDate={date}
        headerToolbar={TOOLBAR}
        height="auto"
        views={VIEWS}
        selectable
        editable
        eventResizableFromStart
        dayMaxEvents={DAY_ROWS}
        moreLinkContent={moreLinkContent}
        moreLinkClick={moreLinkClick}
        // Every view asks for its own range: the month grid gets what fits its days, a week or list all of it.
        lazyFetching={false}
        events={fetchEvents}
        datesSet={(arg) => {
          // Moved after its first drawing (the user typed a month, paged, chose a view): the opening year that
          // arrives later must not take the calendar back.
          if (drawnOnce.current) opened.current = true;
          drawnOnce.current = true;
          const mid = new Date((arg.start.getTime() + arg.end.getTime()) / 2);
          setViewYear(mid.getFullYear());
          setRange({ from: todayLocal(arg.start), to: addDays(todayLocal(arg.end), -1) });
        }}
        select={(a) => handlers.current.onSelect(a)}
        eventClick={(a) => handlers.current.onClick(a)}
        eventDrop={(a) => void handlers.current.onMoved(a)}
        eventResize={(a) => void handlers.current.onMoved(a)}
      />
    ),
    [language, fetchEvents, moreLinkContent, moreLinkClick, date],
  );

  const saveList = async (lang: Language) => {
    if (!range) return;
    try {
      const r = await saveDocument({ kind: 'event-list', from: range.from, to: range.to, language: lang });
      if (r.saved) notifyOk(r.fileName);
    } catch (err) {
      notifyError(err);
    }
  };

  const options = useMemo(
    () => ({
      initiatives: initiatives.map((i) => ({ value: String(i.id), label: i.code })),
      schools: schools.map((s) => ({ value: String(s.id), label: s.abbreviation })),
      team: team.map((m) => ({ value: String(m.id), label: m.name })),
    }),
    [initiatives, schools, team],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('calendar.title')}</Title>
          <Select aria-label={t('plan.year')} w={100} allowDeselect={false} data={yearOptions} value={String(viewYear)} onChange={(v) => v && showYear(Number(v))} data-testid="calendar-year" />
        </Group>
        <Group gap="xs">
          <TextInput
            w={140}
            aria-label={t('calendar.goTo')}
            placeholder={t('forms.monthPlaceholder')}
            value={goto}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setGoto(v);
              const month = parseTypedMonth(v);
              if (month) calendarRef.current?.getApi().gotoDate(`${month}-01`);
            }}
            data-testid="calendar-goto"
          />
          <Button onClick={() => setEditing({ draft: blankEvent(todayLocal()), scope: { kind: 'event' } })} data-testid="new-event">{t('calendar.newEvent')}</Button>
          <Button variant="default" onClick={() => setDatesYear(viewYear)} data-testid="open-dates">{t('dates.title')}</Button>
          <Menu>
            <Menu.Target>
              <Button variant="default" data-testid="event-list-word">{t('calendar.eventList')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void saveList('ms')}>{t('plan.wordMs')}</Menu.Item>
              <Menu.Item onClick={() => void saveList('en')}>{t('plan.wordEn')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <ExcelButton testId="excel-events" disabled={!range} request={(language) => (range ? { kind: 'events', language, ...range } : null)} />
        </Group>
      </Group>
      <Group grow>
        <MultiSelect placeholder={t('calendar.filterInitiative')} aria-label={t('calendar.filterInitiative')} clearable data={options.initiatives} value={filters.initiativeIds.map(String)} onChange={(v) => setFilters({ ...filters, initiativeIds: v.map(Number) })} data-testid="filter-initiative" />
        <MultiSelect placeholder={t('calendar.filterSchool')} aria-label={t('calendar.filterSchool')} clearable searchable data={options.schools} value={filters.schoolIds.map(String)} onChange={(v) => setFilters({ ...filters, schoolIds: v.map(Number) })} data-testid="filter-school" />
        <MultiSelect placeholder={t('calendar.filterOfficer')} aria-label={t('calendar.filterOfficer')} clearable searchable data={options.team} value={filters.personIds.map(String)} onChange={(v) => setFilters({ ...filters, personIds: v.map(Number) })} data-testid="filter-officer" />
      </Group>
      <div data-testid="calendar">
        {calendar}
      </div>

      {asking && (
        <FormModal onClose={() => setAsking(null)} title={asking.occurrence.title} data-testid="series-choice">
          <Group justify="flex-end">
            <Button variant="light" mr="auto" onClick={() => { const o = asking.occurrence; if (o.eventId !== null) setTaking({ eventId: o.eventId, date: o.start }); setAsking(null); }} data-testid="open-attendance">
              {t('attendance.open')}
            </Button>
            <Button variant="default" onClick={() => { void open(asking.occurrence, 'occurrence'); setAsking(null); }} data-testid="edit-this-date">
              {t('calendar.thisDate')}
            </Button>
            <Button onClick={() => { void open(asking.occurrence, 'series'); setAsking(null); }} data-testid="edit-series">
              {t('calendar.wholeSeries')}
            </Button>
          </Group>
        </FormModal>
      )}
      {editing && (
        <EventForm
          draft={editing.draft}
          scope={editing.scope}
          initiatives={initiatives}
          schools={schools}
          team={team}
          onSave={save}
          onDelete={editing.eventId ? () => runAndRefetch(() => call('events.delete', { id: editing.eventId as number })) : undefined}
          reload={editing.eventId ? async () => draftOf(await call('events.get', { id: editing.eventId as number })) : undefined}
          onSkip={editing.scope.kind === 'occurrence' ? () => { const s = editing.scope as { seriesId: number; date: string }; return runAndRefetch(() => call('events.skipOccurrence', { id: s.seriesId, date: s.date })); } : undefined}
          onAttendance={attendanceOf(editing)}
          onClose={() => setEditing(null)}
        />
      )}
      {taking && <AttendanceDialog eventId={taking.eventId} occurrenceDate={taking.date} onClose={() => setTaking(null)} />}
      {datesYear !== null && <DatesPanel year={datesYear} onYear={setDatesYear} onChanged={refetch} onClose={() => setDatesYear(null)} />}
    </Stack>
  );
}
