/** Attendance at initiative events and each initiative's measured success. */
export const attendanceApi = {} as const;
