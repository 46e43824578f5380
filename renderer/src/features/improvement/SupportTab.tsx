export function SupportTab(_props: { year?: number }) {
  return null;
}
