import { useId, type ReactNode } from 'react';

export interface PageLayoutProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons shown to the right of the title. */
  actions?: ReactNode;
  children?: ReactNode;
}

export function PageLayout({ title, description, actions, children }: PageLayoutProps) {
  const titleId = useId();
  return (
    <section className="ui-page" aria-labelledby={titleId}>
      <header className="ui-page__header">
        <div>
          <h1 id={titleId} className="ui-page__title">
            {title}
          </h1>
          {description && <p className="ui-page__description">{description}</p>}
        </div>
        {actions && <div className="ui-page__actions">{actions}</div>}
      </header>
      <div className="ui-page__body">{children}</div>
    </section>
  );
}

export function Card({ title, children, actions }: { title?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="ui-card">
      {(title || actions) && (
        <div className="ui-card__header">
          {title && <h2 className="ui-card__title">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </div>
  );
}
