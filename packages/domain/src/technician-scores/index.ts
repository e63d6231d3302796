export * from './points.js';
export * from './score-rubric.js';
export * from './score-workflow.js';
export * from './settings.js';
export * from './technician-score.js';
export * from './year-review.js';
