import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './print.css';
import 'dayjs/locale/ms';
import './i18n';
import { createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { ConfirmHost } from './forms';

// Someone who asks their system for less motion gets no transitions (menus, dialogs and notifications appear at once).
const theme = createTheme({ respectReducedMotion: true, primaryColor: 'indigo', defaultRadius: 'sm', fontFamily: 'Arial, "Liberation Sans", "DejaVu Sans", sans-serif' });

/** Date pickers follow the UI language (month and day names); weeks start on Monday; Friday and Sunday are the weekend in Brunei. */
function LocalDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'ms', firstDayOfWeek: 1, weekendDays: [5, 0] }}>{children}</DatesProvider>;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <LocalDates>
        <Notifications position="bottom-right" />
        <ConfirmHost />
        <App />
      </LocalDates>
    </MantineProvider>
  </StrictMode>,
);
