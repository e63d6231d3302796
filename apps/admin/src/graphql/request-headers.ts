import { readSession } from '../session/session-storage';

/**
 * What every API request carries: the session's token, and the reader's language (kept on the
 * document by i18n) so the API's messages come back in it.
 */
export function apiRequestHeaders(): Record<string, string> {
  const session = readSession();
  return {
    'accept-language': document.documentElement.lang || 'zh-CN',
    ...(session ? { authorization: `Bearer ${session.token}` } : {}),
  };
}
