import { ActionDialog, type ConflictTextKeys, type FeatureActionDialogProps } from '../common/action-dialog';
import type { ComplaintDetail } from './complaint-queries';

const COMPLAINT_CONFLICT_TEXT_KEYS: ConflictTextKeys = { title: 'complaints.conflict.title', reload: 'complaints.conflict.reload' };

/** The dialog of an action on a complaint; a conflict is worded as a change to the complaint. */
export function ComplaintDialog(props: FeatureActionDialogProps) {
  return <ActionDialog {...props} conflictTextKeys={COMPLAINT_CONFLICT_TEXT_KEYS} />;
}

/** What every action dialog gets from the detail page. */
export interface ComplaintActionProps {
  complaint: ComplaintDetail;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  onReload: () => void | Promise<unknown>;
}
