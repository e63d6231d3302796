export * from './survey.js';
export * from './survey-complaint.js';
