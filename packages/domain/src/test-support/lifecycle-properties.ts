import fc from 'fast-check';
import { expect } from 'vitest';
import { isDomainError } from '../errors.js';
import type { Actor, Lifecycle } from '../lifecycle/command-table.js';

/**
 * The two properties every lifecycle table must have, checked on generated command sequences:
 * running only what `assertCommand` accepts never reaches a state the table does not lead to, and
 * `allowedCommands` is exactly the set of commands `assertCommand` accepts. `context` generates the
 * aggregate's guard inputs and the actor for each step (a state-dependent context may read the
 * current status).
 */
export function checkLifecycleProperties<S extends string, K extends string, C>(
  lifecycle: Lifecycle<S, K, C>,
  options: {
    initial: readonly S[];
    step: fc.Arbitrary<{ actor: Actor | null; context: C }>;
    numRuns?: number;
  },
): void {
  const commands = Object.keys(lifecycle.commands) as K[];
  fc.assert(
    fc.property(
      fc.constantFrom(...options.initial),
      fc.array(fc.tuple(fc.constantFrom(...commands), options.step), { maxLength: 25 }),
      (initial, steps) => {
        let status = initial;
        for (const [command, { actor, context }] of steps) {
          const allowed = lifecycle.allowedCommands(status, actor, context);
          let accepted = true;
          try {
            lifecycle.assertCommand(command, status, actor, context);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            accepted = false;
          }
          expect(allowed.includes(command)).toBe(accepted);
          if (!accepted) continue;
          const next = lifecycle.commands[command].to;
          if (next) {
            expect(lifecycle.transitions[status]).toContain(next);
            status = next;
          }
          expect(lifecycle.isStatus(status)).toBe(true);
        }
      },
    ),
    { numRuns: options.numRuns ?? 300, seed: 11 },
  );
}
