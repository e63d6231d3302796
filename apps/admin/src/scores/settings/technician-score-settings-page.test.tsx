import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TECHNICIAN_SCORE_SETTINGS } from '@aftersales/domain';
import { adminViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { hrViewer } from '../score-fixtures';

const PATH = '/settings/technician-score-settings';
const settings = structuredClone(DEFAULT_TECHNICIAN_SCORE_SETTINGS);

describe('technician score settings', () => {
  it('refuses maxima that do not add up to 100 before calling the API, then saves the input and shows API field errors', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      TechnicianScoreSettings: { data: { technicianScoreSettings: settings } },
      UpdateTechnicianScoreSettings: ({ input }) =>
        updates().length === 1
          ? graphQLError('BAD_USER_INPUT', 'The score settings are not valid; correct the fields listed.', { 'gradeThresholds.B': 'The B threshold must be below the A threshold (90); lower it or raise A.' })
          : { data: { updateTechnicianScoreSettings: input } },
    });
    const updates = () => api.requests.filter((request) => request.operationName === 'UpdateTechnicianScoreSettings');
    renderApp({ path: PATH, fetch: api.fetch });

    const survey = await screen.findByLabelText(/^客户意见调查/);
    expect(survey).toHaveValue(20);
    expect(survey).toHaveAccessibleDescription('默认 20');
    expect(screen.getByText('合计 100 分')).toBeInTheDocument();
    expect(screen.getByLabelText(/^A 等工资发放比例/)).toHaveAccessibleDescription('默认 1.10');

    await userEvent.clear(survey);
    await userEvent.type(survey, '25');
    expect(screen.getByText('合计 105 分')).toHaveClass('app-total--off');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByText('各项满分合计须为 100 分，当前为 105 分。')).toBeInTheDocument();
    expect(updates()).toHaveLength(0);

    const initiative = screen.getByLabelText(/^积极性/);
    await userEvent.clear(initiative);
    await userEvent.type(initiative, '10');
    const gradeB = screen.getByLabelText(/^B 等最低分/);
    await userEvent.clear(gradeB);
    await userEvent.type(gradeB, '95');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('The score settings are not valid; correct the fields listed.')).toBeInTheDocument();
    expect(gradeB).toHaveAccessibleDescription('The B threshold must be below the A threshold (90); lower it or raise A.');
    expect(updates()[0]?.variables).toEqual({
      input: { ...settings, maxima: { ...settings.maxima, initiative: 10, survey: 25 }, gradeThresholds: { A: 90, B: 95 } },
    });

    await userEvent.clear(gradeB);
    await userEvent.type(gradeB, '75');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(updates()[1]?.variables['input']).toMatchObject({ gradeThresholds: { A: 90, B: 75 } });
  });

  it('shows HR the settings read-only, from the settings navigation', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: hrViewer } }, TechnicianScoreSettings: { data: { technicianScoreSettings: settings } } });
    renderApp({ path: '/settings', fetch: api.fetch });

    expect(await screen.findByText('您可以查看这些参数；只有系统管理员可以修改。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '技术员考核参数' })).toHaveAttribute('href', PATH);
    await waitFor(() => expect(screen.getByLabelText(/^C 等工资发放比例/)).toBeDisabled());
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
  });
});
