export * from './contract.js';
export * from './renewal.js';
export * from './settings.js';
