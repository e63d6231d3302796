import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLES } from '../roles.js';
import { errorOf } from '../test-support/error-of.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { CAPA_LIFECYCLE, capaCommandTo } from './capa.js';
import { VISIT_LIFECYCLE } from './visit.js';

const anyRole = fc.option(fc.constantFrom(...ROLES).map((role) => ({ permissions: permissionsOf(role) })));

describe('the corrective-action lifecycle', () => {
  it('goes back to a new analysis after an ineffective verification, as often as it takes', () => {
    expect(CAPA_LIFECYCLE.transitions.VERIFIED_INEFFECTIVE).toEqual(['ANALYZED']);
    expect(capaCommandTo('VERIFIED_INEFFECTIVE', 'ANALYZED')).toBe('reanalyze');
    expect(capaCommandTo('ISSUED', 'ACTIONS_RECORDED')).toBeNull();
    expect(errorOf(() => CAPA_LIFECYCLE.assertCommand('analyze', 'ISSUED', { permissions: permissionsOf('CS_AGENT') }, undefined)).code).toBe('FORBIDDEN');
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(CAPA_LIFECYCLE, { initial: ['ISSUED'], step: fc.record({ actor: anyRole, context: fc.constant(undefined) }) });
  });
});

describe('the travel-request lifecycle', () => {
  it('is decided once, by the approver the region named or ADMIN', () => {
    const decision = { approverRole: 'CS_MANAGER' as const, actorRole: 'DIRECTOR' as const };
    expect(errorOf(() => VISIT_LIFECYCLE.assertCommand('approve', 'PENDING', null, decision))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This travel request is approved by the CS department leader.',
    });
    expect(VISIT_LIFECYCLE.allowedCommands('PENDING', null, { ...decision, actorRole: 'ADMIN' })).toEqual(['approve', 'reject']);
    expect(errorOf(() => VISIT_LIFECYCLE.assertCommand('reject', 'APPROVED', null, { ...decision, actorRole: 'CS_MANAGER' })).code).toBe('INVALID_TRANSITION');
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(VISIT_LIFECYCLE, {
      initial: ['PENDING'],
      step: fc.record({
        actor: anyRole,
        context: fc.record({ approverRole: fc.constantFrom('CS_MANAGER' as const, 'DIRECTOR' as const), actorRole: fc.option(fc.constantFrom(...ROLES)) }),
      }),
    });
  });
});
