import { IsNotEmpty, Matches, MaxLength } from 'class-validator';

/** Codes are short identifiers people type and print on forms: letters, digits, - and _. */
export const IsCode = () => (target: object, property: string) => {
  IsNotEmpty({ message: 'Enter a code.' })(target, property);
  MaxLength(32, { message: 'A code has at most 32 characters.' })(target, property);
  Matches(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { message: 'Use letters, digits, "-" and "_" only.' })(target, property);
};

export const IsName = (max = 100) => (target: object, property: string) => {
  IsNotEmpty({ message: 'Enter a name.' })(target, property);
  MaxLength(max, { message: `At most ${max} characters.` })(target, property);
};

export const trimmed = (value: string) => value.trim();
export const trimmedOrNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
