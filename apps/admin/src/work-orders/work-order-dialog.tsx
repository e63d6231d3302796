import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormDialog, type ButtonVariant } from '@aftersales/ui';
import type { WorkOrderDetail, WorkOrderListItem } from './work-order-types';
import type { WorkOrderMutation } from './use-work-order-mutation';

interface WorkOrderDialogProps {
  title: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  mutation: WorkOrderMutation;
  onSubmit: () => void;
  onClose: () => void;
  /** Loads the work order again after a CONFLICT; the dialog stays open with what was typed. */
  onReload: () => void;
  size?: 'small' | 'medium' | 'large';
  children?: ReactNode;
}

/** The frame of every action on a work order: the form, its errors, and the way out of a conflict. */
export function WorkOrderDialog({ title, submitLabel, submitVariant = 'primary', mutation, onSubmit, onClose, onReload, size = 'medium', children }: WorkOrderDialogProps) {
  const { t } = useTranslation();
  const reload = () => {
    mutation.clear();
    onReload();
  };
  return (
    <FormDialog
      title={title}
      size={size}
      onClose={onClose}
      onSubmit={onSubmit}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      submitLabel={submitLabel}
      submitVariant={submitVariant}
      submitting={mutation.fetching}
      errorMessage={mutation.errors.message}
      notice={
        mutation.conflict ? (
          <Alert tone="danger" title={t('workOrders.conflict.title')}>
            <p className="app-paragraph">{mutation.errors.message}</p>
            <Button size="small" onClick={reload}>
              {t('workOrders.conflict.reload')}
            </Button>
          </Alert>
        ) : undefined
      }
    >
      {children}
    </FormDialog>
  );
}

/** What every action dialog gets from the page it opens on. */
export interface WorkOrderActionProps<Order extends WorkOrderListItem = WorkOrderDetail> {
  order: Order;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  onReload: () => void;
}
