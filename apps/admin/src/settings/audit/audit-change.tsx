import { useTranslation } from 'react-i18next';
import type { AuditEntry } from './audit-queries';

function changedKeys(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Set<string> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return new Set([...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])));
}

function JsonBlock({ title, value, changed }: { title: string; value: Record<string, unknown> | null; changed: Set<string> }) {
  const { t } = useTranslation();
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
              {`  ${JSON.stringify(key)}: ${JSON.stringify(entry)},\n`}
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
