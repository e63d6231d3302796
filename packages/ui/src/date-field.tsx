import { TextField, type TextFieldProps } from './text-field.js';

export interface DateFieldProps extends Omit<TextFieldProps, 'type'> {
  /** A local date `YYYY-MM-DD`, or `''` when empty. */
  value: string;
}

/** The browser's date picker; the value stays a plain `YYYY-MM-DD` string. */
export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" />;
}
