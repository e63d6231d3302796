import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayLocalDate } from '../common/format';
import { storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { hrViewer } from './score-fixtures';
import { selectOption } from '../test/select-option';

const technician = (id: string, code: string, name: string, repairCenter: unknown = null) => ({ __typename: 'Technician', id, code, name, repairCenter });
const center = { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' };

const reviews = [
  { technician: technician('t-1', 'JS-001', '林师傅', center), year: 2026, gradeA: 8, gradeB: 2, gradeC: 0, outcome: 'PROMOTION_RECOMMENDED' },
  { technician: technician('t-2', 'JS-002', '陈师傅'), year: 2026, gradeA: 0, gradeB: 4, gradeC: 6, outcome: 'DEMOTION_REVIEW' },
  { technician: technician('t-3', 'JS-003', '黄师傅'), year: 2026, gradeA: 3, gradeB: 7, gradeC: 0, outcome: 'NONE' },
];

/** Each body row's cells as text. */
function bodyText(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

describe('year review page', () => {
  it("lists this year's grade counts with their outcome, and asks the API for another year or one outcome", async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: hrViewer } },
      YearReviews: ({ outcome }) => ({ data: { yearReviews: outcome ? reviews.filter((review) => review.outcome === outcome) : reviews } }),
    });
    renderApp({ path: '/scores/year-review', fetch: api.fetch });
    const yearReviews = () => api.requests.filter((request) => request.operationName === 'YearReviews');

    const table = await screen.findByRole('table', { name: '技术员年度考核评审' });
    await waitFor(() => expect(bodyText(table)).toHaveLength(3));
    expect(yearReviews()[0]?.variables).toEqual({ year: Number(todayLocalDate().slice(0, 4)), outcome: null });
    expect(bodyText(table)).toEqual([
      ['JS-001林师傅', 'FZ-01 福州鼓楼特约维修中心', '8', '2', '0', '晋升加薪建议'],
      ['JS-002陈师傅', '总部', '0', '4', '6', '降级/解聘评审'],
      ['JS-003黄师傅', '总部', '3', '7', '0', '无'],
    ]);
    expect(within(table).getByText('降级/解聘评审')).toHaveClass('ui-badge--danger');

    await selectOption(screen.getByLabelText('评审结论'), '晋升加薪建议');
    await waitFor(() => expect(bodyText(table)).toHaveLength(1));
    expect(yearReviews().at(-1)?.variables['outcome']).toBe('PROMOTION_RECOMMENDED');

    const year = screen.getByLabelText('年度');
    await userEvent.clear(year);
    await userEvent.type(year, '2025');
    await waitFor(() => expect(yearReviews().at(-1)?.variables).toEqual({ year: 2025, outcome: 'PROMOTION_RECOMMENDED' }));
    // A half-typed year is not sent.
    expect(yearReviews().some((request) => request.variables['year'] === 202)).toBe(false);
  });
});
