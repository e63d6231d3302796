import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, LineChart, niceTicks } from './charts.js';

describe('niceTicks', () => {
  it('steps from zero past the largest value in round steps', () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(12)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('BarChart', () => {
  it('is one named image whose bars grow with their values', () => {
    const { container } = render(
      <BarChart
        label="Grades: A 2, B 4"
        bars={[
          { key: 'A', label: 'A', value: 2 },
          { key: 'B', label: 'B', value: 4 },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Grades: A 2, B 4' })).toBeInTheDocument();
    const heights = [...container.querySelectorAll('rect')].map((bar) => Number(bar.getAttribute('height')));
    expect(heights[1]).toBeCloseTo(heights[0]! * 2);
    expect([...container.querySelectorAll('title')].map((title) => title.textContent)).toEqual(['A: 2', 'B: 4']);
  });
});

describe('LineChart', () => {
  it('leaves a gap where a value is missing', () => {
    const { container } = render(
      <LineChart
        label="Trend"
        domain={[0, 100]}
        points={[
          { key: '1', label: '01', value: 80, note: 'A' },
          { key: '2', label: '02', value: null },
          { key: '3', label: '03', value: 70, note: 'B' },
          { key: '4', label: '04', value: 60, note: 'B' },
        ]}
        guides={[{ value: 85, label: 'A' }]}
      />,
    );
    expect(container.querySelectorAll('circle')).toHaveLength(3);
    // Grid lines and the guide aside, one segment joins only the last two points.
    expect(container.querySelectorAll('line[stroke-width="2"]')).toHaveLength(1);
  });
});
