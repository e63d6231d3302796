import { useEffect, useRef, useState, type ReactNode } from 'react';

export function Toolbar({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="ui-toolbar">
      <div className="ui-toolbar__filters">{children}</div>
      {actions && <div className="ui-toolbar__actions">{actions}</div>}
    </div>
  );
}

export interface SearchBoxProps {
  /** Accessible name of the search input. */
  label: string;
  placeholder?: string;
  defaultValue?: string;
  /** Called after typing pauses for `delay` ms, and at once on Enter. */
  onSearch: (value: string) => void;
  delay?: number;
}

export function SearchBox({ label, placeholder, defaultValue = '', onSearch, delay = 300 }: SearchBoxProps) {
  const [value, setValue] = useState(defaultValue);
  const lastSent = useRef(defaultValue);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  const send = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === lastSent.current) return;
    lastSent.current = trimmed;
    onSearchRef.current(trimmed);
  };

  useEffect(() => {
    const timer = setTimeout(() => send(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);

  return (
    <form
      role="search"
      className="ui-search"
      onSubmit={(event) => {
        event.preventDefault();
        send(value);
      }}
    >
      <input type="search" className="ui-input ui-search__input" aria-label={label} placeholder={placeholder} value={value} onChange={(event) => setValue(event.target.value)} />
    </form>
  );
}

/** A compact checkbox for toolbars (e.g. "include inactive"). */
export function ToolbarToggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="ui-toolbar__toggle">
      <input type="checkbox" className="ui-checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
