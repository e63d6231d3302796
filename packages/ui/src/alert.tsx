import type { ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

export function Alert({ tone = 'info', title, children }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode }) {
  return (
    <div role={tone === 'danger' || tone === 'warning' ? 'alert' : 'status'} className={`ui-alert ui-alert--${tone}`}>
      {title && <strong className="ui-alert__title">{title}</strong>}
      {children}
    </div>
  );
}
