import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, Modal } from './modal.js';
import { TextField } from './text-field.js';

describe('Modal', () => {
  it('is a labelled dialog that focuses its first field and closes on Escape', async () => {
    const onClose = vi.fn();
    render(
      <Modal open title="New region" onClose={onClose} closeLabel="Close">
        <TextField label="Code" value="" onChange={() => {}} />
      </Modal>,
    );
    expect(screen.getByRole('dialog', { name: 'New region' })).toBeInTheDocument();
    expect(screen.getByLabelText('Code')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders nothing when closed', () => {
    render(<Modal open={false} title="Hidden" onClose={() => {}} closeLabel="Close" />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('confirms or cancels', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmDialog open title="Revoke key?" message="It stops working at once." confirmLabel="Revoke" cancelLabel="Cancel" tone="danger" onConfirm={onConfirm} onCancel={onCancel} error="Already revoked" />);
    expect(screen.getByRole('alertdialog', { name: 'Revoke key?' })).toHaveTextContent('It stops working at once.');
    expect(screen.getByRole('alert')).toHaveTextContent('Already revoked');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    await userEvent.click(screen.getAllByRole('button', { name: 'Cancel' })[0]!);
    expect(onCancel).toHaveBeenCalled();
  });
});
