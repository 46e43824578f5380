/** Attendance at initiative events and each initiative's measured success. */
export const attendanceMs = {
  title: 'Kehadiran',
};
