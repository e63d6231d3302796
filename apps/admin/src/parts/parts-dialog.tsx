import { ActionDialog, type ConflictTextKeys, type FeatureActionDialogProps } from '../common/action-dialog';

const PARTS_CONFLICT_TEXT_KEYS: ConflictTextKeys = { title: 'warrantyParts.conflict.title', reload: 'warrantyParts.conflict.reload' };

/** The dialog of a parts action; a conflict is worded as a change to the record. */
export function PartsDialog(props: FeatureActionDialogProps) {
  return <ActionDialog {...props} conflictTextKeys={PARTS_CONFLICT_TEXT_KEYS} />;
}
