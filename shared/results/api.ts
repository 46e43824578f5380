/** Exam results (A–C %) and targets per school and subject, and the checkpoint reviews before each exam. */
export const resultsApi = {} as const;
