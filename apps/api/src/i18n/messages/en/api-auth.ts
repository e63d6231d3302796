/** The apiAuth messages in English; `../zh-CN/api-auth.ts` has the same keys in Chinese. */
export const apiAuth = {
  enterYourUsername: 'Enter your username.',
  enterYourPassword: 'Enter your password.',
  wrongUsernamePassword: 'Wrong username or password.',
  accountDisabledAskAdministratorEnable: 'This account is disabled. Ask an administrator to enable it.',
  authorizationHeaderMustBearerToken: 'The Authorization header must be "Bearer <token or API key>".',
  yourSessionExpiredYourAccount: 'Your session has expired or your account is disabled. Please sign in again.',
  yourSessionEndedBecauseYour: 'Your session was ended because your password, role or account status changed. Please sign in again.',
  apiKeyUnknownBeenRevoked: 'This API key is unknown or has been revoked. Ask head office for a new key.',
  yourRepairCenterSAuthorization: 'Your repair center’s authorization has been revoked; its accounts and API keys no longer work.',
  tooManyFailedSignIns: 'Too many failed sign-ins for this account from your address.',
  tooManyFailedSignIns2: 'Too many failed sign-ins from your address.',
  reasonTryAgainDescribewait: '{{reason}} Try again in {{describeWait}}.',
  n1Minute: '1 minute',
  minutesMinutes: '{{minutes}} minutes',
  minutesHours: '{{minutes}} hours',
};
