// A legal reference as the act words it: paragraph, appendix, row (kept as written in the edition).
import type { LegalRef } from '../api';

export const refText = (r: LegalRef | null | undefined): string => (r ? [r.paragraph, r.appendix, r.row].filter(Boolean).join(' · ') : '');

export function Ref({ r }: { r: LegalRef | null | undefined }) {
  const s = refText(r);
  // `legal-ref`: written as the edition keeps it («p.26–32 · App 2»), in every interface language.
  return s ? <span className="legal-ref" style={{ whiteSpace: 'nowrap', color: '#555' }} title={r?.note}>{s}</span> : null;
}
