/** Maintenance contracts (保养合同) as the API answers them, for the admin's tests. */

export const expiringContract = {
  __typename: 'MaintenanceContract',
  id: 'mc-1',
  contractNumber: 'HT-2025-0031',
  version: 3,
  customerName: '厦门海沧水务',
  customerPhone: '0592-6660000',
  customerAddress: '厦门市海沧区水厂路 1 号',
  serialNumbers: ['M2023-000512'],
  validFrom: '2025-12-13',
  validTo: '2026-12-13',
  annualFee: '10800.00',
  repairCenter: { __typename: 'RepairCenter', id: 'rc-2', code: 'XM-01', name: '厦门思明特约维修中心' },
  status: 'ACTIVE',
  daysLeft: 20,
  expiring: true,
  renewalNoticeDueOn: '2026-11-13',
  renewalState: 'NONE',
};

export const renewedContract = {
  ...expiringContract,
  id: 'mc-0',
  contractNumber: 'HT-2024-0107',
  version: 2,
  validFrom: '2024-12-13',
  validTo: '2025-12-12',
  status: 'EXPIRED',
  daysLeft: -346,
  expiring: false,
  renewalState: 'RENEWED',
};

export const headOfficeContract = {
  ...expiringContract,
  id: 'mc-2',
  contractNumber: 'HT-2026-0002',
  version: 1,
  customerName: '福州宏达机械厂',
  customerPhone: '0591-88880000',
  serialNumbers: ['G2024-000208'],
  validFrom: '2026-10-24',
  validTo: '2027-10-23',
  repairCenter: null,
  daysLeft: 335,
  expiring: false,
};

const ref = (contract: { id: string; contractNumber: string; validFrom: string; validTo: string }) => ({
  __typename: 'MaintenanceContract',
  id: contract.id,
  contractNumber: contract.contractNumber,
  validFrom: contract.validFrom,
  validTo: contract.validTo,
});

export const renewalCandidate = { __typename: 'MaintenanceContract', id: 'mc-3', contractNumber: 'HT-2026-0040', validFrom: '2026-12-14', validTo: '2027-12-13' };

/** The detail query's contract: expiring, no notice yet, one work order served under it. */
export function contractDetail(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      maintenanceContract: {
        ...expiringContract,
        // What the API offers CS on a contract with nothing recorded yet; a reader's tests give [].
        allowedActions: ['EDIT', 'RECORD_NOTICE', 'RECORD_RENEWAL'],
        coveredUnits: [
          { __typename: 'CoveredUnit', serialNumber: 'M2023-000512', productUnit: { __typename: 'ProductUnit', id: 'pu-9', model: { __typename: 'ProductModel', code: 'Y2-160L-4', name: 'Y2 系列三相异步电动机 15kW' } } },
        ],
        renewalNotice: null,
        renewal: null,
        renewedBy: null,
        renewalOf: ref(renewedContract),
        renewalCandidates: [renewalCandidate],
        workOrders: [
          {
            __typename: 'WorkOrder',
            id: 'wo-9',
            code: 'WO-2026-000031',
            calledAt: '2026-11-20T02:00:00.000Z',
            status: 'CALLED',
            serviceType: 'CONTRACT',
            faultDescription: '电机异响',
          },
        ],
        ...overrides,
      },
    },
  };
}
