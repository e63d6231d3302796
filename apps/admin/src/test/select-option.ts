import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Chooses an option (by value or label) once the select has it: many selects fill their options
 * from a query, which may still be on its way when the test gets to them.
 */
export async function selectOption(select: HTMLElement, option: string): Promise<void> {
  await waitFor(() => {
    const options = [...(select as HTMLSelectElement).options];
    if (!options.some((candidate) => candidate.value === option || candidate.textContent === option)) {
      throw new Error(`The select has no option "${option}" yet.`);
    }
  });
  await userEvent.selectOptions(select, option);
}
