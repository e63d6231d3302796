export interface Figure {
  label: string;
  value: number | string;
}

/** A row of headline numbers at the top of a report. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="app-stats">
      {figures.map((figure) => (
        <div key={figure.label} className="app-stats__item">
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
