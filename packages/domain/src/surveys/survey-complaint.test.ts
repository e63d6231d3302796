import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { tierHandling } from '../complaints/tier.js';
import {
  isSurveyComplaintSeverity,
  SURVEY_COMPLAINT_SEVERITIES,
  SURVEY_COMPLAINT_SEVERITY_LABELS,
  type SurveyComplaintSeverity,
  surveyComplaintHandling,
  surveyComplaintTier,
} from './survey-complaint.js';

describe('survey complaint severity (003 §20)', () => {
  it('is ordinary (一般) or major (重大)', () => {
    expect(SURVEY_COMPLAINT_SEVERITIES).toEqual(['ORDINARY', 'MAJOR']);
    expect(SURVEY_COMPLAINT_SEVERITY_LABELS.MAJOR.zh).toBe('重大');
    expect(SURVEY_COMPLAINT_SEVERITY_LABELS.ORDINARY.zh).toBe('一般');
    expect(isSurveyComplaintSeverity('MAJOR')).toBe(true);
    expect(isSurveyComplaintSeverity('CRITICAL')).toBe(false);
    expect(isSurveyComplaintSeverity(undefined)).toBe(false);
  });

  it('puts a major complaint before the VP in charge, and has the customer told by letter', () => {
    expect(surveyComplaintHandling('MAJOR')).toEqual({ minimumTier: 'MAJOR', reportedTo: ['VICE_PRESIDENT'], customerToldBy: ['LETTER'] });
  });

  it('leaves an ordinary complaint with the service dept, which tells the customer in writing or by phone', () => {
    expect(surveyComplaintHandling('ORDINARY')).toEqual({ minimumTier: 'MINOR', reportedTo: [], customerToldBy: ['LETTER', 'PHONE'] });
  });

  it('registers a major complaint at a tier whose handling informs the VP, and an ordinary one at the loss rule’s start', () => {
    expect(tierHandling(surveyComplaintHandling('MAJOR').minimumTier).informed).toContain('VICE_PRESIDENT');
    expect(tierHandling(surveyComplaintHandling('ORDINARY').minimumTier).informed).toEqual([]);
  });

  it('hands out copies, so a caller cannot change the rule', () => {
    (surveyComplaintHandling('MAJOR').reportedTo as string[]).length = 0;
    (surveyComplaintHandling('MAJOR').customerToldBy as string[]).push('PHONE');
    expect(surveyComplaintHandling('MAJOR')).toMatchObject({ reportedTo: ['VICE_PRESIDENT'], customerToldBy: ['LETTER'] });
  });

  it('refuses an unknown severity, naming the choices', () => {
    const error = errorOf(() => surveyComplaintHandling('URGENT' as SurveyComplaintSeverity));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ severity: expect.stringContaining('ORDINARY') });
  });
});

describe('surveyComplaintTier', () => {
  it('keeps a major complaint at MAJOR when the loss alone would make it MINOR', () => {
    expect(surveyComplaintTier('MINOR', 'MAJOR')).toBe('MAJOR');
    expect(surveyComplaintTier('MAJOR', 'MAJOR')).toBe('MAJOR');
  });

  it('never lowers a tier the loss raised', () => {
    expect(surveyComplaintTier('CRITICAL', 'MAJOR')).toBe('CRITICAL');
    expect(surveyComplaintTier('CRITICAL', 'ORDINARY')).toBe('CRITICAL');
  });

  it('leaves an ordinary complaint at the tier of its loss', () => {
    expect(surveyComplaintTier('MINOR', 'ORDINARY')).toBe('MINOR');
    expect(surveyComplaintTier('MAJOR', 'ORDINARY')).toBe('MAJOR');
  });

  it('refuses a tier or severity it does not know', () => {
    expect(errorOf(() => surveyComplaintTier('HUGE' as never, 'MAJOR')).fieldErrors).toHaveProperty('tier');
    expect(errorOf(() => surveyComplaintTier('MINOR', 'SEVERE' as never)).fieldErrors).toHaveProperty('severity');
  });
});
