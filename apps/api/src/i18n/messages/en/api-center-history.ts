/** A repair center's status change reasons the system gives (stored as codes). */
export const apiCenterHistory = {
  system: 'system',
  authorized: 'Authorized',
  assessmentFailed: 'Assessment failed ({{items}}); rectification due by {{deadline}}',
  rectificationPassed: 'Follow-up assessment passed; back to normal',
  rectificationOverdue: 'Rectification deadline {{deadline}} passed without a passed follow-up assessment; authorization revoked automatically',
  centerRevoked: '{{code}} {{name}} authorization revoked: {{reason}}',
} as const;
