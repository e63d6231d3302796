import { ActionDialog, type ConflictTextKeys, type FeatureActionDialogProps } from '../common/action-dialog';
import type { MaintenanceContractDetail } from './contract-queries';

const CONTRACT_CONFLICT_TEXT_KEYS: ConflictTextKeys = { title: 'maintenanceContracts.conflict.title', reload: 'maintenanceContracts.conflict.reload' };

/** The dialog of an action on a contract; a conflict is worded as a change to the contract. */
export function ContractDialog(props: FeatureActionDialogProps) {
  return <ActionDialog {...props} conflictTextKeys={CONTRACT_CONFLICT_TEXT_KEYS} />;
}

/** What every action dialog gets from the detail page. */
export interface ContractActionProps {
  contract: MaintenanceContractDetail;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  onReload: () => void | Promise<unknown>;
}
