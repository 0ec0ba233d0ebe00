// The act's original text for a legal reference, loaded on demand from the service (never bundled):
// the Kazakh text when the interface is Kazakh, the Russian when Russian — or, when the repository
// holds the act in the other language only, that text with a note saying so. In English, the English
// reference (and the node's English name) beside the original text. Each passage is a collapsible
// panel labelled with its language and paragraph, its height capped so it never becomes a wall.
import { useState } from 'react';
import { Alert, Button, Col, Collapse, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type LegalRef } from '../api';
import type { Lang } from '../i18n';
import { useData } from '../useData';
import { refText } from './Ref';
import { Failure, Loading } from './Status';

type ActLang = 'kk' | 'ru';

export interface ActPassage {
  lang: ActLang;
  ref: string;
  label: string;
  text: string;
  truncated: boolean;
}

export interface ActTextAnswer {
  edition: string;
  langs: ActLang[];
  seed: string;
  note: string;
  passages: ActPassage[];
}

export function getActText(edition: string, r: LegalRef): Promise<ActTextAnswer> {
  const q = new URLSearchParams();
  if (r.paragraph) q.set('paragraph', r.paragraph);
  if (r.appendix) q.set('appendix', r.appendix);
  return api<ActTextAnswer>(`/api/editions/${encodeURIComponent(edition)}/act-text?${q.toString()}`);
}

// Capped height with its own scroll: a long range stays a panel, not a wall of text.
const TEXT_STYLE = { whiteSpace: 'pre-line', maxHeight: 320, overflowY: 'auto', fontSize: 13, lineHeight: 1.6, padding: '4px 8px', background: '#fafafa', borderRadius: 4 } as const;

function Passages({ passages, open }: { passages: ActPassage[]; open: boolean }) {
  const { t, i18n } = useTranslation();
  // The passage's part of the reference («¶30–38», «App 6») in the user's language.
  const partRef = (ref: string) => refText({ paragraph: ref }, i18n.language as Lang) || ref;
  return (
    <Collapse
      size="small"
      defaultActiveKey={open && passages.length ? [0] : []}
      items={passages.map((p, i) => ({
        key: i,
        label: (
          <span data-testid={`act-heading-${p.lang}`}>
            {t('act.heading', { lang: t(`act.lang.${p.lang}`), ref: '' })}
            <span className="legal-ref">{partRef(p.ref)}</span> <Typography.Text type="secondary" lang={p.lang}>({p.label})</Typography.Text>
          </span>
        ),
        children: (
          <div>
            <div className="act-text" style={TEXT_STYLE} lang={p.lang} data-testid={`act-passage-${p.lang}`} role="group" tabIndex={0} aria-label={t('act.heading', { lang: t(`act.lang.${p.lang}`), ref: partRef(p.ref) })}>
              {p.text}
            </div>
            {p.truncated && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('act.truncated')}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}

/** The original text of `r` in edition `edition`. `english` is the node's English name, shown beside the text in English. */
export function ActText({ edition, r, english }: { edition: string; r: LegalRef | null | undefined; english?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const has = !!(r && (r.paragraph || r.appendix));
  const data = useData(() => (has && r ? getActText(edition, r) : null), [edition, r?.paragraph, r?.appendix]);
  if (!has) return null;
  if (data.loading) return <Loading />;
  if (data.error) return <Failure error={data.error} />;
  const all = data.data?.passages ?? [];
  if (!all.length) return <Typography.Text type="secondary" data-testid="act-none">{t('act.none')}</Typography.Text>;
  const own = lang === 'en' ? [] : all.filter((p) => p.lang === lang);
  const shown = own.length ? own : all;
  const other = [...new Set(shown.map((p) => p.lang))];
  const onlyIn = lang !== 'en' && !own.length ? <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('act.onlyIn', { lang: other.map((l) => t(`act.lang.${l}`)).join(', ') })} /> : null;
  if (lang !== 'en')
    return (
      <div data-testid="act-text">
        {onlyIn}
        <Passages passages={shown} open />
      </div>
    );
  // English: the reference as the product reads it beside the act's own words.
  return (
    <Row gutter={[12, 8]} data-testid="act-text">
      <Col xs={24} md={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('act.english')}</Typography.Text>
        <div data-testid="act-english">
          <strong className="legal-ref">{refText(r, 'en')}</strong>
          {english && <div>{english}</div>}
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>{t('act.noEnglish')}</Typography.Paragraph>
      </Col>
      <Col xs={24} md={16}>
        <Passages passages={shown} open />
      </Col>
    </Row>
  );
}

/** A reference that opens the act's original text in a dialog (the methodology browser's tables). */
export function ActRefLink({ edition, r, english, testId }: { edition: string; r: LegalRef | null | undefined; english?: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const s = refText(r, i18n.language as Lang);
  if (!s) return null;
  if (!r?.paragraph && !r?.appendix) return <span style={{ color: '#555' }}>{s}</span>;
  return (
    <>
      <Button type="link" size="small" className="legal-ref" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(true)} title={[i18n.language === 'en' ? r.note : undefined, t('act.open')].filter(Boolean).join(' — ')} data-testid={testId}>
        {s}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} width={760} title={<span>{t('act.title')}: <span className="legal-ref">{s}</span></span>} destroyOnHidden>
        {open && <ActText edition={edition} r={r} english={english} />}
      </Modal>
    </>
  );
}
