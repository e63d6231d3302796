export * from './calendar.js';
export * from './calendar-validation.js';
export * from './dates.js';
export * from './errors.js';
export * from './money.js';
export * from './reference.js';
export * from './roles.js';
export * from './warranty.js';
