import { useState } from 'react';
import type { ComplaintActionProps } from './complaint-dialog';
import type { ComplaintDetail } from './complaint-queries';

/**
 * Which action dialog of a complaint is open, and the props every such dialog gets: closing it,
 * and reloading the complaint once the API accepted the change or refused a stale one.
 */
export function useActionDialog<Open>(complaint: ComplaintDetail, onChanged: () => void | Promise<unknown>) {
  const [open, setOpen] = useState<Open | null>(null);
  const dialogProps: ComplaintActionProps = {
    complaint,
    onClose: () => setOpen(null),
    onDone: () => {
      setOpen(null);
      onChanged();
    },
    onReload: onChanged,
  };
  return { open, setOpen, dialogProps };
}
