// An evaluator's review of a submitted form: the data as handed in, field by field with its label,
// then accept, or return with a note saying what to correct.
import { useState } from 'react';
import { Button, Descriptions, Input, Modal, Space, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, type FieldDecl, type FormDecl, type SubmissionView } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from './Status';

export interface ReviewTarget {
  campaignId: number;
  bodyId: string;
  bodyName: string;
  edition: string;
  decl: FormDecl | undefined;
  formId: string;
}

/**
 * A value as handed in, in the user's language: an enum by its label (its code on hover), a yes/no,
 * a number with its unit's label, a list row by row with its fields' labels.
 */
export function FieldValue({ f, v, lang }: { f: FieldDecl; v: unknown; lang: Lang }) {
  const { t } = useTranslation();
  if (v === undefined || v === null || v === '') return <>—</>;
  if (f.type === 'list' && Array.isArray(v)) {
    if (!v.length) return <>—</>;
    return (
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {v.map((row, i) => (
          <li key={i}>
            {(f.item ?? [])
              .filter((x) => row && typeof row === 'object' && x.name in row)
              .map((x, j) => (
                <span key={x.name}>
                  {j > 0 && '; '}
                  {pick(x.label, lang)}: <FieldValue f={x} v={(row as Record<string, unknown>)[x.name]} lang={lang} />
                </span>
              ))}
          </li>
        ))}
      </ol>
    );
  }
  if (f.type === 'enum' && typeof v === 'string') return <span title={v}>{f.valueLabels?.[v] ? pick(f.valueLabels[v], lang) : v}</span>;
  if (f.type === 'boolean' && typeof v === 'boolean') return <>{t(v ? 'entry.yes' : 'entry.no')}</>;
  if (typeof v === 'object') return <>{JSON.stringify(v)}</>;
  const unit = f.unitLabel ? pick(f.unitLabel, lang) : f.unit;
  return <>{String(v)}{unit ? ` ${unit}` : ''}</>;
}

export function Review({ target, onClose, onDone }: { target: ReviewTarget; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const path = `/api/campaigns/${target.campaignId}/submissions/${encodeURIComponent(target.bodyId)}/${encodeURIComponent(target.edition)}/${encodeURIComponent(target.formId)}`;
  const sub = useData(() => api<SubmissionView>(path), [path]);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const [busy, setBusy] = useState(false);
  const decide = async (what: 'accept' | 'return') => {
    if (what === 'return' && !note.trim()) return setNoteError(true);
    setBusy(true);
    try {
      await api(`${path}/${what}`, { method: 'POST', body: note.trim() ? { note: note.trim() } : {} });
      void message.success(t(what === 'accept' ? 'review.accepted' : 'review.returned'));
      onDone();
    } catch (e) {
      void message.error(e instanceof ApiFailure ? `${e.text(lang)}: ${e.message}` : String(e));
    } finally {
      setBusy(false);
    }
  };
  const data = sub.data?.data ?? {};
  return (
    <Modal open width={760} title={t('review.title', { form: target.formId, body: target.bodyName })} onCancel={onClose} footer={null} destroyOnHidden>
      {sub.loading ? (
        <Loading />
      ) : sub.error ? (
        <Failure error={sub.error} />
      ) : (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="review-data">
            {(target.decl?.fields ?? []).filter((f) => f.name in data).map((f) => (
              <Descriptions.Item key={f.name} label={<span>{pick(f.label, lang)} <Typography.Text type="secondary" style={{ fontSize: 11 }}>{f.name}</Typography.Text></span>}>
                <FieldValue f={f} v={data[f.name]} lang={lang} />
              </Descriptions.Item>
            ))}
          </Descriptions>
          {Object.keys(data).length === 0 && <Typography.Paragraph type="secondary">{t('review.empty')}</Typography.Paragraph>}
          {sub.data?.status === 'submitted' && (
            <>
              <label htmlFor="review-note">{t('review.note')}</label>
              <Input.TextArea id="review-note" rows={3} value={note} status={noteError ? 'error' : undefined} onChange={(e) => (setNote(e.target.value), setNoteError(false))} style={{ margin: '4px 0 4px' }} />
              {noteError && <Typography.Text type="danger">{t('review.noteRequired')}</Typography.Text>}
              <Space style={{ marginTop: 12, display: 'flex' }}>
                <Button type="primary" loading={busy} onClick={() => void decide('accept')} data-testid="review-accept">{t('review.accept')}</Button>
                <Button danger loading={busy} onClick={() => void decide('return')} data-testid="review-return">{t('review.return')}</Button>
              </Space>
            </>
          )}
        </>
      )}
    </Modal>
  );
}
