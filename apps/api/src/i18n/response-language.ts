import Negotiator from 'negotiator';

/** The languages the API answers in; English when the client asks for neither. */
export const RESPONSE_LANGUAGES = ['en', 'zh-CN'] as const;
export type ResponseLanguage = (typeof RESPONSE_LANGUAGES)[number];

/** From an `Accept-Language` header (the admin sends the reader's language). */
export function responseLanguage(acceptLanguage: string | null | undefined): ResponseLanguage {
  if (!acceptLanguage) return 'en';
  const chosen = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...RESPONSE_LANGUAGES]);
  return chosen === 'zh-CN' ? 'zh-CN' : 'en';
}
