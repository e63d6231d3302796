import type { ReactNode } from 'react';

/** A labelled list of values (a record's fields); empty values show a dash. */
export function DetailList({ items, label }: { items: readonly { label: string; value: ReactNode }[]; label: string }) {
  return (
    <dl className="app-details" aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className="app-details__item">
          <dt>{item.label}</dt>
          <dd>{item.value === null || item.value === undefined || item.value === '' ? '—' : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
