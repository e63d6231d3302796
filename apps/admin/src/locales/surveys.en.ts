// English for customer surveys and the customer's own survey page; the same keys as `surveys.zh-CN.ts`.

import type { surveyMessages } from './surveys.zh-CN';

export const surveyMessagesEn: typeof surveyMessages = {
  surveys: {
    nav: 'Customer surveys',
    title: 'Customer surveys',
    description: 'Every completed work order has a survey: enter the answers from a call-back, or send the customer a one-time link.',
    search: 'Search work order no., customer or phone',
    empty: 'No surveys match.',
    blank: 'Not answered',
    statuses: {
      PENDING: 'Awaiting call-back',
      RESPONDED: 'Responded',
    },
    channels: {
      CALLBACK: 'CS call-back',
      LINK: 'Customer link',
    },
    severities: {
      ORDINARY: 'Ordinary',
      MAJOR: 'Major',
    },
    fields: {
      workOrder: 'Work order',
      status: 'Status',
      channel: 'Channel',
      answers: 'Ratings',
      comments: 'Comments and suggestions',
      customerComplaint: 'Customer complaint',
      complaint: 'Complaint opened',
      respondedAt: 'Responded at',
      enteredBy: 'Entered by',
    },
    actions: {
      record: 'Enter call-back',
      link: 'Create customer link',
      toComplaint: 'Open complaint',
    },
    form: {
      callbackHint: 'Call {{customer}} ({{phone}}) back and ask about each item; leave an item blank if the customer gives no rating.',
      complaintHint: 'A complaint the customer made; it can be opened as a complaint once saved',
      nothingRated: 'The customer rated nothing; enter at least one item.',
      recorded: 'Saved the call-back for work order {{code}}.',
    },
    link: {
      title: 'Customer link for work order {{code}}',
      warning: 'The link is shown only this once: copy it and send it to the customer now. It can be used once; it expires {{expiresAt}}.',
      url: 'Customer link',
      done: 'Sent',
      copyFailed: 'Could not copy automatically; select the link and copy it by hand.',
      sentUntil: 'Link sent; it expires {{expiresAt}}',
    },
    complaint: {
      title: 'Open a complaint from the survey of work order {{code}}',
      message: 'Registers a new complaint with the customer’s words: “{{text}}”',
      opened: 'Complaint registered',
      severity: 'Severity',
      choices: {
        ORDINARY: 'Ordinary',
        MAJOR: 'Major (report to the VP in charge)',
      },
      choiceHints: {
        ORDINARY: 'The service department handles it; the investigated loss sets the tier. The customer must be told the result in writing or by phone.',
        MAJOR: 'Registered at the Major tier and put before the VP in charge; the investigation cannot lower it below Major. Handle it promptly and tell the customer by letter how it was handled.',
      },
    },
  },
  publicSurvey: {
    title: 'Customer survey',
    intro: 'Thank you for using our service. Please rate four aspects of this visit; your opinion helps us improve.',
    loading: 'Loading the survey…',
    workOrder: 'Service no.',
    completedAt: 'Completed',
    technician: 'Technician',
    model: 'Product model',
    comments: 'Comments and suggestions',
    complaint: 'Complaint',
    complaintHint: 'If you want to complain about something, tell us here; we will handle it and let you know the result.',
    nothingRated: 'Please rate at least one item.',
    submit: 'Submit',
    thanksTitle: 'Thank you for your feedback',
    thanksMessage: 'Your answers have been submitted.',
    unavailableTitle: 'This survey link cannot be used',
    unavailableMessage: 'The link is invalid, has expired or has already been used. Please call our service hotline if you need help.',
  },
};
