/**
 * Search everywhere: Ctrl+K (or the search box in the header) opens a palette that finds schools, people,
 * initiatives and phases, events, visits and issued documents (`search.query`), and the actions the office
 * uses most; choosing one moves the app to the page that holds it.
 */
import '@mantine/spotlight/styles.css';
import { Badge, Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dictionaries } from '../../../../shared/i18n/index';
import { SEARCH_KINDS, type SearchResult } from '../../../../shared/search/types';
import { matchesSearch } from '../../../../shared/text';
import { call } from '../../api';
import { useNavigate, type Route } from '../../navigation';
import { notifyError } from '../../notify';

const [store, palette] = createSpotlight();

/** The actions the palette offers beside the records: each opens the page that does it, on its tab or form. */
const ACTIONS: { key: keyof (typeof dictionaries)['ms']['search']['actions']; route: Route }[] = [
  { key: 'newVisit', route: { page: 'visits', action: 'new' } },
  { key: 'newEvent', route: { page: 'calendar', action: 'new' } },
  { key: 'loadBackup', route: { page: 'settings', tab: 'backups' } },
  { key: 'newSchool', route: { page: 'schools', action: 'new' } },
  { key: 'newInitiative', route: { page: 'plan', action: 'new' } },
  { key: 'newPair', route: { page: 'mentoring', action: 'new' } },
  { key: 'followUp', route: { page: 'visits', tab: 'follow-up' } },
  { key: 'termReports', route: { page: 'visits', tab: 'reports' } },
  { key: 'register', route: { page: 'settings', tab: 'register' } },
  { key: 'team', route: { page: 'settings', tab: 'team' } },
  { key: 'profile', route: { page: 'settings', tab: 'profile' } },
];

/** How many results of each kind the palette asks for. */
const PER_KIND = 5;

/** Marks the palette's first line as the one Enter opens, as the palette itself does when the text changes. */
function selectFirstLine() {
  const { listId } = store.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  store.updateState((state) => ({ ...state, selected: 0 }));
}

/** The search box of the header: looks like an input, opens the palette. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      data-testid="search-open"
      aria-label={t('search.label')}
      onClick={palette.open}
      px="sm"
      py={6}
      w={260}
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-body)' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('search.placeholder')}
        </Text>
        <Kbd size="xs">{t('search.shortcut')}</Kbd>
      </Group>
    </UnstyledButton>
  );
}

export function SearchPalette() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(query, 120);
  const [answer, setAnswer] = useState<{ text: string; results: SearchResult[] }>({ text: '', results: [] });

  useEffect(() => {
    if (!typed.trim()) return;
    let current = true;
    call('search.query', { text: typed, limit: PER_KIND })
      .then((a) => {
        if (current) setAnswer(a);
      })
      .catch((err: unknown) => notifyError(err));
    return () => {
      current = false;
    };
  }, [typed]);

  // Only the answer to what is typed now: an earlier one is never shown under a newer text.
  const results = query.trim() && answer.text === query ? answer.results : [];
  // The answer comes after the palette chose its first line (an action): Enter then opens the first result.
  useEffect(() => {
    if (answer.results.length > 0) selectFirstLine();
  }, [answer]);
  const actions = useMemo(
    () => ACTIONS.filter((a) => !query.trim() || matchesSearch(query, dictionaries.ms.search.actions[a.key], dictionaries.en.search.actions[a.key])),
    [query],
  );
  const open = (route: Route) => navigate(route);
  const waiting = query.trim() !== '' && answer.text !== query;

  return (
    <Spotlight.Root store={store} query={query} onQueryChange={setQuery} shortcut={['ctrl + K', 'meta + K']} tagsToIgnore={[]} scrollable maxHeight={480}>
      <Spotlight.Search maxLength={200} placeholder={t('search.placeholder')} aria-label={t('search.label')} data-testid="search-input" />
      <Spotlight.ActionsList data-testid="search-results">
        {SEARCH_KINDS.map((kind) => {
          const ofKind = results.filter((r) => r.kind === kind);
          return ofKind.length === 0 ? null : (
            <Spotlight.ActionsGroup key={kind} label={t(`search.kinds.${kind}`)}>
              {ofKind.map((r) => (
                <Spotlight.Action
                  key={`${r.kind}-${r.id}`}
                  data-testid={`search-result-${r.kind}-${r.id}`}
                  label={r.title}
                  description={r.subtitle}
                  onClick={() => open(r.route)}
                />
              ))}
            </Spotlight.ActionsGroup>
          );
        })}
        {actions.length > 0 && (
          <Spotlight.ActionsGroup label={t('search.kinds.action')}>
            {actions.map((a) => (
              <Spotlight.Action
                key={a.key}
                data-testid={`search-action-${a.key}`}
                label={t(`search.actions.${a.key}`)}
                leftSection={<Badge variant="light" size="xs">{t(`nav.${a.route.page}`)}</Badge>}
                onClick={() => open(a.route)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {results.length === 0 && actions.length === 0 && !waiting && (
          <Spotlight.Empty data-testid="search-empty">{t('search.nothing', { text: query.trim() })}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      {!query.trim() && (
        <Spotlight.Footer>
          <Text size="xs" c="dimmed">
            {t('search.hint')}
          </Text>
        </Spotlight.Footer>
      )}
    </Spotlight.Root>
  );
}
