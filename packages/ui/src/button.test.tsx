import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button.js';
import { SearchBox } from './toolbar.js';

describe('Button', () => {
  it('is disabled and busy while loading', async () => {
    const onClick = vi.fn();
    render(
      <Button variant="primary" loading onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('SearchBox', () => {
  it('searches on Enter with the trimmed text', async () => {
    const onSearch = vi.fn();
    render(<SearchBox label="Search regions" onSearch={onSearch} delay={10_000} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search regions' }), '  Fuzhou {Enter}');
    expect(onSearch).toHaveBeenCalledWith('Fuzhou');
  });

  it('searches once typing pauses', async () => {
    const onSearch = vi.fn();
    render(<SearchBox label="Search" onSearch={onSearch} delay={20} />);
    await userEvent.type(screen.getByRole('searchbox'), 'FZ');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onSearch).toHaveBeenLastCalledWith('FZ');
  });
});
