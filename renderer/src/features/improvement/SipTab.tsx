export function SipTab(_props: { year?: number; schoolId?: number }) {
  return null;
}
