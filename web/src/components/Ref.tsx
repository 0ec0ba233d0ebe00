// A legal reference in the user's language: «p.31 · App 6» in English, «п. 31 · приложение 6» in
// Russian, «31-тармақ · 6-қосымша» in Kazakh (src/engine/ref-text.ts, shared with the documents).
// The reference's note is the spec's English commentary: shown (as a tooltip) in English only.
import { useTranslation } from 'react-i18next';
import type { LegalRef } from '../api';
import type { Lang } from '../i18n';
import { refText as refTextOf } from '../../../src/engine/ref-text';

export const refText = (r: LegalRef | null | undefined, lang: Lang): string => refTextOf(r, lang);

export function Ref({ r }: { r: LegalRef | null | undefined }) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const s = refText(r, lang);
  return s ? <span className="legal-ref" style={{ whiteSpace: 'nowrap', color: '#555' }} title={lang === 'en' ? r?.note : undefined}>{s}</span> : null;
}
