/** The complaint timeline notes the system composes (stored as codes). */
export const apiComplaintNotes = {
  rerouted: '{{from}} → {{to}}: {{reason}}',
  replyExtended: 'Purchaser contact {{agreedBy}} agreed to move the reply deadline from {{previousDue}} to {{newDue}}: {{reason}}',
  technicianVerified: 'Verified as the responsibility of technician {{name}} ({{code}})',
  fromSurvey: 'Customer survey (work order {{workOrderCode}}): {{severity}}',
  surveyOrdinary: 'ordinary, handled by the service department',
  surveyMajor: 'major, reported to the deputy general manager in charge',
  contractReplyTerm: 'Contract: reply to the purchaser within {{days}} working day(s)',
  unknownSerial: 'Unregistered serial number',
  repeatOpenComplaint: 'Open complaint no. {{number}} on this serial number; escalated',
} as const;
