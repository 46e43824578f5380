export function ResultsTab(_props: { year?: number; schoolId?: number }) {
  return null;
}
