import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { msg, validationMessage } from '../i18n/message.js';

/** Codes are short identifiers people type and print on forms: letters, digits, - and _. */
export const IsCode = () => (target: object, property: string) => {
  IsNotEmpty({ ...validationMessage(msg('apiCommon.enterCode')) })(target, property);
  MaxLength(32, { ...validationMessage(msg('apiCommon.codeMost32Characters')) })(target, property);
  Matches(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { ...validationMessage(msg('apiCommon.useLettersDigitsOnly')) })(target, property);
};

export const IsName = (max = 100) => (target: object, property: string) => {
  IsNotEmpty({ ...validationMessage(msg('apiCommon.enterName')) })(target, property);
  MaxLength(max, { ...validationMessage(msg('apiCommon.mostMaxCharacters', { max })) })(target, property);
};

export const trimmed = (value: string) => value.trim();
export const trimmedOrNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
