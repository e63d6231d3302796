import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FormDialog } from './form-dialog.js';

const discardLabels = { title: 'Discard unsaved changes?', message: 'What you entered will not be saved.', discardLabel: 'Discard changes', keepLabel: 'Keep editing' };
const labels = { closeLabel: 'Close', cancelLabel: 'Cancel', submitLabel: 'Save', discardLabels };

describe('FormDialog', () => {
  it('submits its form from the footer button and cancels from the other', async () => {
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    render(
      <FormDialog title="Edit" onSubmit={onSubmit} onClose={onClose} {...labels}>
        <input aria-label="Name" />
      </FormDialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the form error, or the notice in its place', () => {
    const { rerender } = render(<FormDialog title="Edit" onSubmit={() => {}} onClose={() => {}} errorMessage="Name taken" {...labels} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Name taken');
    rerender(<FormDialog title="Edit" onSubmit={() => {}} onClose={() => {}} errorMessage="Name taken" notice={<p>Reload first</p>} {...labels} />);
    expect(screen.queryByText('Name taken')).not.toBeInTheDocument();
    expect(screen.getByText('Reload first')).toBeInTheDocument();
  });

  it('closes a clean form at once, by Esc, × or Cancel, even with a value it filled in itself', async () => {
    for (const close of [() => userEvent.keyboard('{Escape}'), () => userEvent.click(screen.getByRole('button', { name: 'Close' })), () => userEvent.click(screen.getByRole('button', { name: 'Cancel' }))]) {
      const onClose = vi.fn();
      const { unmount } = render(
        <FormDialog title="Edit" onSubmit={() => {}} onClose={onClose} {...labels}>
          <input aria-label="Name" defaultValue="preset" />
        </FormDialog>,
      );
      await userEvent.click(screen.getByLabelText('Name'));
      await close();
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('asks before Esc, × or Cancel throw typed input away; keeping it goes back to the form', async () => {
    const onClose = vi.fn();
    render(
      <FormDialog title="Edit" onSubmit={() => {}} onClose={onClose} {...labels}>
        <input aria-label="Name" />
        <input aria-label="Urgent" type="checkbox" />
      </FormDialog>,
    );
    await userEvent.type(screen.getByLabelText('Name'), '张三');
    for (const close of [() => userEvent.keyboard('{Escape}'), () => userEvent.click(screen.getByRole('button', { name: 'Close' })), () => userEvent.click(screen.getByRole('button', { name: 'Cancel' }))]) {
      await close();
      const question = screen.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
      expect(question).toHaveTextContent('What you entered will not be saved.');
      await userEvent.click(screen.getByText('Keep editing'));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(screen.getByLabelText('Name')).toHaveValue('张三');
    }
    expect(onClose).not.toHaveBeenCalled();

    // Esc on the question keeps editing too; only "Discard changes" closes.
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('counts a ticked box, and not a field changed back to what it was', async () => {
    const onClose = vi.fn();
    render(
      <FormDialog title="Edit" onSubmit={() => {}} onClose={onClose} {...labels}>
        <input aria-label="Name" />
        <input aria-label="Urgent" type="checkbox" />
      </FormDialog>,
    );
    await userEvent.type(screen.getByLabelText('Name'), 'x');
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByLabelText('Urgent'));
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
