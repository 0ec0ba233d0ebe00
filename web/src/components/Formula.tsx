// A formula rendered with KaTeX; text that is not a formula is shown as written, in monospace.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLatex } from '../latex';

export function Formula({ expr, display = false }: { expr: string; display?: boolean }) {
  const { t } = useTranslation();
  const html = useMemo(() => {
    const tex = toLatex(expr, { if: t('formula.if'), otherwise: t('formula.otherwise') });
    if (tex === null) return null;
    try {
      return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: false });
    } catch {
      return null;
    }
  }, [expr, display, t]);
  if (html === null) return <code style={{ whiteSpace: 'pre-wrap' }}>{expr}</code>;
  // The MathML half of KaTeX's output is what screen readers read; the source stays in the title.
  return <span className="formula" title={expr} data-testid="katex-formula" dangerouslySetInnerHTML={{ __html: html }} />;
}
