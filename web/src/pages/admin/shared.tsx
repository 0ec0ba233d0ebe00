// Shared by the administration tabs: the registries as the tabs read them, body options for the
// selects, the fieldset style; the refusals (refusals.ts) re-exported.
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Labels } from '../../api';
import { pick, type Lang } from '../../i18n';
import type { Refusal } from './refusals';

export { applyRefusal, fieldPath, issueLine, refusalText, type Refusal } from './refusals';

export interface Body {
  id: string;
  name: Labels;
  kind: 'central' | 'local';
  level: string;
  region: string | null;
  parentId: string | null;
  vertical: 'department' | 'territorial' | 'subordinate' | null;
  reorganisedOn: string | null;
  reorganisedInto: string | null;
  liquidatedOn: string | null;
}

export const BODY_LEVELS = ['republic', 'oblast', 'city_republican', 'capital', 'district', 'city_oblast', 'rural_district'] as const;
export const VERTICALS = ['department', 'territorial', 'subordinate'] as const;
export const KINDS = ['central', 'local'] as const;

/** A group of fields with its legend (the page's own style: app.css belongs to the shell). */
export const FIELDSET = { border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 16px 0', margin: '0 0 16px', minWidth: 0 } as const;
export const LEGEND = { fontSize: 15, fontWeight: 600, width: 'auto', border: 0, padding: '0 6px', margin: 0 } as const;

export const bodyLabel = (b: Body, lang: Lang) => `${pick(b.name, lang)} (${b.id})`;
export const bodyOptions = (bodies: readonly Body[], lang: Lang) => bodies.map((b) => ({ value: b.id, label: bodyLabel(b, lang) }));

/**
 * The foot of every registry dialog: the service's refusal (its first line; the other lines, or "see
 * the fields" when each landed at its field) and the save / cancel buttons. `testId` prefixes
 * `-error` and `-save`.
 */
export function DialogFooter({ refusal, busy, onClose, testId }: { refusal: Refusal | null; busy: boolean; onClose: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {refusal && <Alert type="error" showIcon message={refusal.title} description={refusal.rest.length ? refusal.rest.map((r) => <div key={r}>{r}</div>) : t('admin.atFields')} style={{ marginBottom: 12 }} data-testid={`${testId}-error`} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testId}-save`}>
          {t('admin.save')}
        </Button>
        <Button onClick={onClose}>{t('admin.cancel')}</Button>
      </Space>
    </>
  );
}
