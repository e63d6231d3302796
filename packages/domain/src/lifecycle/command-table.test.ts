import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { defineLifecycle } from './command-table.js';
import { msg } from '../messages/index.js';

// A toy lifecycle: a draft is submitted, then approved (only when complete) or rejected.
const toy = defineLifecycle<'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED', 'edit' | 'submit' | 'approve' | 'reject', { complete: boolean }>(
  'toy',
  ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'],
  {
    edit: { from: ['DRAFT'], permission: 'parts.request' },
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'parts.request' },
    approve: {
      from: ['SUBMITTED'],
      to: 'APPROVED',
      permission: 'parts.approve',
      guard: ({ complete }) => (complete ? null : { code: 'CONFLICT', message: msg('parts.localPurchaseNeedsCsDepartment') }),
    },
    reject: { from: ['SUBMITTED'], to: 'REJECTED', permission: 'parts.approve' },
  },
);
const approver = { permissions: ['parts.approve'] as const };
const agent = { permissions: new Set(['parts.request'] as const) };

describe('defineLifecycle', () => {
  it('derives each state’s next states from the commands', () => {
    expect(toy.transitions).toEqual({ DRAFT: ['SUBMITTED'], SUBMITTED: ['APPROVED', 'REJECTED'], APPROVED: [], REJECTED: [] });
  });

  it('refuses a command in the wrong state, naming what can be done now', () => {
    const error = errorOf(() => toy.assertCommand('approve', 'DRAFT', approver, { complete: true }));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', details: { command: 'approve', from: 'DRAFT' } });
    expect(error.message).toContain('edit, submit');
    expect(errorOf(() => toy.assertCommand('reject', 'REJECTED', null, { complete: true })).message).toContain('Nothing more');
  });

  it('refuses an actor without the permission, and lets system work (no actor) through', () => {
    expect(errorOf(() => toy.assertCommand('approve', 'SUBMITTED', agent, { complete: true })).code).toBe('FORBIDDEN');
    expect(() => toy.assertCommand('approve', 'SUBMITTED', null, { complete: true })).not.toThrow();
  });

  it('gives the guard’s refusal, and leaves the command out of allowedCommands', () => {
    expect(errorOf(() => toy.assertCommand('approve', 'SUBMITTED', approver, { complete: false }))).toMatchObject({
      code: 'CONFLICT',
      message: "A local purchase needs the CS department leader's approval before the part is bought.",
    });
    expect(toy.allowedCommands('SUBMITTED', approver, { complete: false })).toEqual(['reject']);
    expect(toy.allowedCommands('SUBMITTED', approver, { complete: true })).toEqual(['approve', 'reject']);
  });

  it('refuses an unknown command or a corrupt stored status as bad input', () => {
    expect(errorOf(() => toy.assertCommand('ship' as 'edit', 'DRAFT', null, { complete: true })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => toy.assertCommand('edit', 'LOST' as 'DRAFT', null, { complete: true })).code).toBe('INVALID_INPUT');
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(toy, {
      initial: ['DRAFT'],
      step: fc.record({
        actor: fc.constantFrom(null, approver, agent),
        context: fc.record({ complete: fc.boolean() }),
      }),
    });
  });
});
