import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { knownSerialCheck, registrationOptionHandlers } from '../test/complaint-fixtures';
import { agentViewer, partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi, type MockHandler } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const coverage: MockHandler = (variables) =>
  variables['serialNumber'] === 'M2023-000512'
    ? { data: { contractCoverage: { __typename: 'ContractCoverage', contractId: 'mc-1', contractNumber: 'HT-2025-0031', validFrom: '2025-12-13', validTo: '2026-12-13', servedBy: 'REPAIR_CENTER' } } }
    : { data: { contractCoverage: null } };

describe('the call form and maintenance contracts', () => {
  it('shows the contract covering the serial on the call date, asked with that date, and nothing for another serial', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: knownSerialCheck, ContractCoverage: coverage, ...registrationOptionHandlers });
    renderApp({ path: '/work-orders/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记叫修', level: 1 });
    const calledAt = (screen.getByLabelText(/^叫修时间/) as HTMLInputElement).value;

    await userEvent.type(screen.getByLabelText(/^出厂编号/), 'M2023-000512');
    const found = await screen.findByRole('status', { name: '保养合同' });
    expect(within(found).getByText('保养合同 HT-2025-0031 至 2026-12-13')).toHaveClass('ui-badge--info');
    expect(within(found).getByText(/无需勾选保养合同客户/)).toBeInTheDocument();
    expect(api.requests.filter((request) => request.operationName === 'ContractCoverage').at(-1)?.variables).toEqual({ serialNumber: 'M2023-000512', on: calledAt.slice(0, 10) });

    await userEvent.clear(screen.getByLabelText(/^出厂编号/));
    await userEvent.type(screen.getByLabelText(/^出厂编号/), 'SN-0001');
    await waitFor(() => expect(screen.queryByRole('status', { name: '保养合同' })).not.toBeInTheDocument());
    // The box stays for a customer whose contract is not registered.
    expect(screen.getByLabelText('保养合同客户')).not.toBeChecked();
  });

  it('tells a partner that a unit is under a contract another party serves, without a contract number', async () => {
    storeSession();
    // What the API answers a partner for head office's or another center's contract.
    const hidden = (servedBy: string): MockHandler => () => ({
      data: { contractCoverage: { __typename: 'ContractCoverage', contractId: null, contractNumber: null, validFrom: null, validTo: null, servedBy } },
    });
    for (const [servedBy, text] of [['HEAD_OFFICE', '在保养合同期内（由总部服务）'], ['REPAIR_CENTER', '在保养合同期内（由其他特约维修中心服务）']] as const) {
      const api = createMockApi({ Me: { data: { me: partnerViewer } }, WarrantyCheck: knownSerialCheck, ContractCoverage: hidden(servedBy), ...registrationOptionHandlers });
      const { unmount } = renderApp({ path: '/work-orders/new', fetch: api.fetch });
      await screen.findByRole('heading', { name: '登记叫修', level: 1 });
      await userEvent.type(screen.getByLabelText(/^出厂编号/), 'G2024-000208');
      const found = await screen.findByRole('status', { name: '保养合同' });
      expect(within(found).getByText(text)).toHaveClass('ui-badge--info');
      expect(found.textContent).not.toMatch(/null|HT-/);
      unmount();
    }
  });
});
