import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxGroupField } from './checkbox-group-field.js';
import { NumberField } from './number-field.js';
import { SelectField } from './select-field.js';
import { TextAreaField } from './text-area-field.js';
import { TextField } from './text-field.js';

describe('fields', () => {
  it('links the error message to the input and marks it invalid', () => {
    render(<TextField label="Code" value="" onChange={() => {}} error="Code is required" />);
    const input = screen.getByLabelText('Code');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Code is required');
  });

  it('is valid and describes itself with the hint when there is no error', () => {
    render(<TextField label="Code" value="" onChange={() => {}} hint="Upper-case letters" />);
    const input = screen.getByLabelText('Code');
    expect(input).toBeValid();
    expect(input).toHaveAccessibleDescription('Upper-case letters');
  });

  it('reports typed text and numbers', async () => {
    function Harness() {
      const [text, setText] = useState('');
      const [months, setMonths] = useState<number | null>(null);
      return (
        <>
          <TextField label="Name" value={text} onChange={setText} />
          <NumberField label="Months" value={months} onChange={setMonths} />
          <output>{`${text}|${months ?? 'empty'}`}</output>
        </>
      );
    }
    render(<Harness />);
    await userEvent.type(screen.getByLabelText('Name'), 'Motor');
    await userEvent.type(screen.getByLabelText('Months'), '12');
    expect(screen.getByRole('status')).toHaveTextContent('Motor|12');
  });

  it('selects an option', async () => {
    function Harness() {
      const [zone, setZone] = useState('');
      return <SelectField label="Zone" value={zone} onChange={setZone} placeholder="Choose" options={[{ value: 'LOCAL', label: 'Local' }, { value: 'REMOTE', label: 'Remote' }]} error={zone ? null : 'Pick one'} />;
    }
    render(<Harness />);
    const select = screen.getByLabelText('Zone');
    expect(select).toHaveAccessibleDescription('Pick one');
    await userEvent.selectOptions(select, 'REMOTE');
    expect(select).toHaveValue('REMOTE');
    expect(select).toBeValid();
  });

  it('toggles values of a checkbox group in option order', async () => {
    function Harness() {
      const [values, setValues] = useState<string[]>(['b']);
      return (
        <>
          <CheckboxGroupField label="Models" values={values} onChange={setValues} options={[{ value: 'a', label: 'A1' }, { value: 'b', label: 'B1' }]} />
          <output>{values.join(',')}</output>
        </>
      );
    }
    render(<Harness />);
    expect(screen.getByRole('group', { name: 'Models' })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('A1'));
    expect(screen.getByRole('status')).toHaveTextContent('a,b');
    await userEvent.click(screen.getByLabelText('B1'));
    expect(screen.getByRole('status')).toHaveTextContent(/^a$/);
  });

  it('reports multi-line text and links its error', async () => {
    function Harness() {
      const [reason, setReason] = useState('');
      return <TextAreaField label="Reason" value={reason} onChange={setReason} error={reason ? null : 'Required'} />;
    }
    render(<Harness />);
    const textarea = screen.getByLabelText('Reason');
    expect(textarea).toHaveAccessibleDescription('Required');
    await userEvent.type(textarea, 'Late{enter}again');
    expect(textarea).toHaveValue('Late\nagain');
    expect(textarea).toBeValid();
  });
});
