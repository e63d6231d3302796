/** The apiWebhooks messages in English; `../zh-CN/api-webhooks.ts` has the same keys in Chinese. */
export const apiWebhooks = {
  checkEndpoint: 'Please correct the webhook endpoint.',
  urlInvalid: 'Enter the full address of the receiver, e.g. https://example.com/webhooks.',
  urlTooLong: 'The URL may have at most {{max}} characters.',
  urlNotHttps: 'The URL must start with https:// (http:// is allowed only to 127.0.0.1, ::1 or localhost, for testing).',
  urlAddressNotPublic:
    '{{host}} is or resolves to {{address}}, which is not a public internet address (private, loopback, link-local, unique-local, multicast or unspecified): webhooks go only to a receiver reachable on the internet.',
  urlHasCredentials: 'Leave the user name and password out of the URL: verify deliveries by their signature instead.',
  descriptionTooLong: 'The description may have at most {{max}} characters.',
  chooseEventTypes: 'Choose at least one event type.',
  unknownEventTypes: 'Unknown event types: {{types}}. The webhookEventTypes query lists the valid ones.',
  partnersOnlyOwnEndpoints: 'Partners can only manage the webhook endpoints of their own repair center.',
  endpointAlreadyPaused: 'This endpoint is already paused.',
  endpointNotPaused: 'This endpoint is active: only a paused or failing endpoint can be resumed.',
  resumeBeforeTest: 'This endpoint is paused: resume it before sending a test event.',
};
