import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FormDialog } from './form-dialog.js';

const labels = { closeLabel: 'Close', cancelLabel: 'Cancel', submitLabel: 'Save' };

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
});
