import { TextField, type TextFieldProps } from './text-field.js';

export interface MonthFieldProps extends Omit<TextFieldProps, 'type'> {
  /** A month `YYYY-MM`, or `''` when empty. */
  value: string;
}

/** The browser's month picker (a text box where there is none); the value stays `YYYY-MM`. */
export function MonthField(props: MonthFieldProps) {
  return <TextField placeholder="YYYY-MM" {...props} type="month" />;
}
