/** The complaint timeline notes the system composes (stored as codes). */
export const apiComplaintNotes = {
  rerouted: '{{from}} → {{to}}: {{reason}}',
  replyExtended: 'Purchaser contact {{agreedBy}} agreed to move the reply deadline from {{previousDue}} to {{newDue}}: {{reason}}',
  technicianVerified: 'Verified as the responsibility of technician {{name}} ({{code}})',
} as const;
