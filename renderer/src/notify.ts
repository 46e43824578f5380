import { notifications } from '@mantine/notifications';
import { errorMessage } from './api';

export const notifyOk = (message: string) => notifications.show({ color: 'teal', message, autoClose: 3000 });
export const notifyError = (err: unknown) => notifications.show({ color: 'red', message: errorMessage(err), autoClose: 8000 });
