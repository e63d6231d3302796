import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPA_STATUSES, RECORDED_CENTER_STATUSES } from '@aftersales/domain';
import { describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { zhCN } from '../../locales/zh-CN';
import { AUDITED_ENTITY_TYPES } from './audit-queries';

const API_SOURCE = join(__dirname, '../../../../api/src');

function sourceFiles(directory: string): { path: string; text: string }[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);

/**
 * The audit actions the API writes, read from its source: `action: 'X'` literals, the first
 * literal argument of the helpers that record a change (`changeWorkOrder(…, 'DISPATCH', …)`),
 * enable/disable ternaries, the complaint timeline's kinds (a complaint's change is audited as its
 * kind), and the families built from an enum (`STATUS_<center status>`, `CAPA_<step>`, a visit's status).
 */
/** Sort orders and transaction ends share that ternary's shape. */
const NOT_ACTIONS = new Set(['ASC', 'DESC', 'COMMIT', 'ROLLBACK']);

function auditActionsWritten(): Set<string> {
  const codes = new Set<string>();
  // A literal among the call's own arguments, before any callback or object (`{`) begins; a
  // lifecycle command's name (`'enterSupervisorScores'`) may come before it.
  const helperCall = /(?<!function )\b(?:change[A-Z]\w*|audited|\w+\.update)\((?:[^'(){}]|\([^(){}]*\)|'[a-z][A-Za-z]*')*?'([A-Z][A-Z0-9_]+)'/g;
  for (const { path, text } of sourceFiles(API_SOURCE)) {
    for (const code of matches(text, /\baction: '([A-Z][A-Z0-9_]+)'/g)) codes.add(code);
    for (const code of matches(text, helperCall)) codes.add(code);
    // …or the last one, after the callback: `users.update(context, id, (user) => {…}, 'RESET_PASSWORD')`.
    for (const code of matches(text, /\},\s*'([A-Z][A-Z0-9_]+)',?\s*\)/g)) codes.add(code);
    // A ternary as a call's last argument: `users.update(…, disabled ? 'DISABLE' : 'ENABLE')`.
    for (const [, first, second] of text.matchAll(/\? '([A-Z][A-Z_]+)' : '([A-Z][A-Z_]+)',?\s*\)/g)) {
      if (!NOT_ACTIONS.has(first!)) codes.add(first!).add(second!);
    }
    if (/\/complaints\//.test(path)) for (const code of matches(text, /\bkind: '([A-Z][A-Z0-9_]+)'/g)) codes.add(code);
  }
  for (const status of RECORDED_CENTER_STATUSES) codes.add(`STATUS_${status}`);
  for (const step of CAPA_STATUSES) codes.add(`CAPA_${step}`);
  const visit = readFileSync(join(API_SOURCE, 'complaints/visits/visit-request.entity.ts'), 'utf8');
  for (const status of matches(visit.match(/type VisitStatus = ([^;]+);/)?.[1] ?? '', /'([A-Z_]+)'/g)) codes.add(status);
  return codes;
}

function entityTypesWritten(): Set<string> {
  const types = new Set<string>();
  for (const { text } of sourceFiles(API_SOURCE)) {
    for (const type of matches(text, /\bentityType: '([A-Za-z]+)'/g)) types.add(type);
    for (const type of matches(text, /\bconst ENTITY = '([A-Za-z]+)'/g)) types.add(type);
    for (const type of matches(text, /new AuditedRecords\(\w+, '([A-Za-z]+)'/g)) types.add(type);
  }
  return types;
}

describe('audit log labels', () => {
  it('names every action the API writes, in both languages', () => {
    const written = [...auditActionsWritten()].sort();
    expect(written).toContain('DISPATCH');
    expect(written).toContain('ENTER_SUPERVISOR_SCORES');
    expect(written.filter((code) => !(code in zhCN.audit.actions))).toEqual([]);
    expect(written.filter((code) => !(code in en.audit.actions))).toEqual([]);
  });

  it('names every entity type the API records, and offers each in the filter', () => {
    const written = [...entityTypesWritten()].sort();
    expect(written).toContain('WorkOrder');
    expect(written.filter((type) => !(type in zhCN.audit.entityTypes))).toEqual([]);
    expect(written.filter((type) => !(type in en.audit.entityTypes))).toEqual([]);
    expect(written.filter((type) => type !== 'DemoData' && !(AUDITED_ENTITY_TYPES as readonly string[]).includes(type))).toEqual([]);
  });
});
