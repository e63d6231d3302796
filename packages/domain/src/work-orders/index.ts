export * from './arrival-sla.js';
export * from './dispatch.js';
export * from './loaner.js';
export * from './paid-service.js';
export * from './repeat-repair.js';
export * from './service-type-at-call.js';
export * from './settings.js';
export * from './work-order-status.js';
