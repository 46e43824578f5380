/**
 * While the app shows the data, it watches whether the data file can still be used: the full check that
 * runs after each start of the app may find it damaged while a page is open. `app.status` is read again
 * when an answer says the file cannot be used (a save refused as damaged, say), when the desktop shell says
 * so, and every few seconds while the page is in sight and waits for nothing. A file that can no longer be
 * used brings the recovery screen at once, unless a form holds typed changes: then a notice says that
 * nothing can be saved any more and offers the recovery screen, which asks before the typing goes.
 */
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/domain';
import { call, callsInFlight, onUnavailable } from '../../api';
import { confirmLeave } from '../../forms';
import { hasDirty } from '../../forms/guard';

/** How often a page in sight asks, when nothing else told it: soon after a start found damage, and light. */
const STATUS_EVERY_MS = 5000;
const NOTICE = 'data-unusable';

function NoticeTitle({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  return <>{status.state === 'newer' ? t('recovery.newerTitle') : t('recovery.damagedTitle')}</>;
}

function NoticeBody({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" align="flex-start" data-testid="data-unusable-notice">
      <Text size="sm">{t('recovery.whileEditing')}</Text>
      <Button size="xs" color="red" data-testid="data-unusable-open" onClick={onOpen}>
        {t('recovery.open')}
      </Button>
    </Stack>
  );
}

/**
 * `watching` while the data is shown; `show` puts the app on the status read (the recovery screen when it
 * is not ready). Returns the check itself, for the desktop shell's word that the file can no longer be used.
 */
export function useDataWatch(watching: boolean, show: (status: AppStatus) => Promise<void>): () => Promise<void> {
  const asking = useRef(false);
  const noticeShown = useRef(false);

  const showStatus = useCallback(
    async (status: AppStatus) => {
      noticeShown.current = false;
      notifications.hide(NOTICE);
      await show(status);
    },
    [show],
  );

  /** The notice's button: the recovery screen, once typed changes may go (the state is read again first). */
  const openRecovery = useCallback(async () => {
    if (!(await confirmLeave())) return;
    try {
      await showStatus(await call('app.status', {}));
    } catch {
      // Not answering: the transport says so, and the notice stays.
    }
  }, [showStatus]);

  const check = useCallback(async () => {
    if (asking.current) return;
    asking.current = true;
    try {
      const status = await call('app.status', {});
      if (status.state === 'ready') {
        // Recovered meanwhile (in another tab, say): the notice no longer holds.
        if (noticeShown.current) notifications.hide(NOTICE);
        noticeShown.current = false;
        return;
      }
      if (!hasDirty()) await showStatus(status);
      else if (!noticeShown.current) {
        noticeShown.current = true;
        notifications.show({
          id: NOTICE,
          // Beside the forms' own Save and Cancel (bottom right, where other notices go), not over them.
          position: 'bottom-left',
          color: 'red',
          autoClose: false,
          withCloseButton: false,
          title: <NoticeTitle status={status} />,
          message: <NoticeBody onOpen={() => void openRecovery()} />,
        });
      }
    } catch {
      // Not answering (the transport says so) or between two files during a restore: ask again later.
    } finally {
      asking.current = false;
    }
  }, [showStatus, openRecovery]);

  useEffect(() => {
    if (!watching) return;
    const tick = () => {
      // A call under way will tell by its own answer; a hidden page asks when it is shown again.
      if (document.visibilityState === 'visible' && !callsInFlight()) void check();
    };
    const timer = setInterval(tick, STATUS_EVERY_MS);
    document.addEventListener('visibilitychange', tick);
    const unsubscribe = onUnavailable(() => void check());
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      unsubscribe();
    };
  }, [watching, check]);

  return check;
}
