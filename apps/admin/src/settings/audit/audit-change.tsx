import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format';
import type { AuditEntry } from './audit-queries';

function changedKeys(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Set<string> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return new Set([...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A recorded value as the reader reads it: instants (stored in UTC) in head office's local time. */
function shownValue(value: unknown, language: string): string {
  return typeof value === 'string' && INSTANT.test(value) ? JSON.stringify(formatDateTime(value, language)) : JSON.stringify(value);
}

function JsonBlock({ title, value, changed }: { title: string; value: Record<string, unknown> | null; changed: Set<string> }) {
  const { t, i18n } = useTranslation();
  return (
    <figure className="app-json">
      <figcaption className="app-json__title">{title}</figcaption>
      {value === null ? (
        <p className="app-muted">{t('audit.noValue')}</p>
      ) : (
        <pre className="app-json__body">
          {'{\n'}
          {Object.entries(value).map(([key, entry]) => (
            <span key={key} className={changed.has(key) ? 'app-json__line app-json__line--changed' : 'app-json__line'}>
              {`  ${JSON.stringify(key)}: ${shownValue(entry, i18n.language)},\n`}
            </span>
          ))}
          {'}'}
        </pre>
      )}
    </figure>
  );
}

/** Before and after side by side, with the changed fields highlighted. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changed = changedKeys(entry.before, entry.after);
  return (
    <div className="app-json-pair">
      <JsonBlock title={t('audit.before')} value={entry.before} changed={changed} />
      <JsonBlock title={t('audit.after')} value={entry.after} changed={changed} />
    </div>
  );
}
