export function CheckpointsTab(_props: { year?: number }) {
  return null;
}
