import type { Dictionary } from './ms';

export const attendanceEn: Dictionary['attendance'] = {
  title: 'Attendance',
};
