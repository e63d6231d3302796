import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { toFormErrors, type FormErrors } from './error-mapper';

/** {@link toFormErrors} with the app's translated text for network failures. */
export function useErrorMapper(): (error: CombinedError | null | undefined) => FormErrors {
  const { t } = useTranslation();
  return useCallback((error) => toFormErrors(error, t('common.networkError')), [t]);
}
