import { HANDLING_DEPARTMENT_LABELS, HANDLING_DEPARTMENTS } from '@aftersales/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEPARTMENT_BY_CHINESE_LABEL = new Map(HANDLING_DEPARTMENTS.map((department) => [HANDLING_DEPARTMENT_LABELS[department].zh, department]));
/** The way back: a department code as the Chinese label the old sentence used. */
const departmentLabelSql = (value: string) =>
  `CASE ${value} ${HANDLING_DEPARTMENTS.map((department) => `WHEN '${department}' THEN '${HANDLING_DEPARTMENT_LABELS[department].zh}'`).join(' ')} END`;

/** The sentences the API wrote before this migration, by the code they become. */
const OLD_SENTENCES = {
  REROUTED: /^(\S+) → (\S+)：([\s\S]*)$/,
  REPLY_EXTENDED: /^采购人 ([\s\S]+) 同意答复期限由 (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) 延至 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})：([\s\S]*)$/,
  TECHNICIAN_VERIFIED: /^核实为技术员 ([\s\S]+) \(([^()]+)\) 的责任$/,
};

/**
 * The complaint timeline stored the notes the system composes as Chinese sentences
 * ("技术部门 → 仓储运输：…"); they become codes with their values (issue #13), read in each
 * reader's language. A person's words keep their text; a sentence that does not match is left.
 */
export class ComplaintNoteCodes1764700900000 implements MigrationInterface {
  name = 'ComplaintNoteCodes1764700900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE complaint_event
        ADD COLUMN note_code text CHECK (note_code IN ('REROUTED', 'REPLY_EXTENDED', 'TECHNICIAN_VERIFIED')),
        ADD COLUMN note_values jsonb,
        ADD CONSTRAINT ck_complaint_event_note CHECK (note_code IS NULL OR (note IS NULL AND note_values IS NOT NULL))
    `);
    const rows: { id: string; kind: keyof typeof OLD_SENTENCES; note: string }[] = await db.query(
      `SELECT id, kind, note FROM complaint_event WHERE kind IN ('REROUTED', 'REPLY_EXTENDED', 'TECHNICIAN_VERIFIED') AND note IS NOT NULL`,
    );
    for (const row of rows) {
      const values = codedValues(row.kind, row.note);
      if (!values) continue;
      await db.query(`UPDATE complaint_event SET note = NULL, note_code = $2, note_values = $3 WHERE id = $1`, [row.id, row.kind, JSON.stringify(values)]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE complaint_event DROP CONSTRAINT ck_complaint_event_note;
      UPDATE complaint_event SET note = CASE note_code
          WHEN 'REROUTED' THEN ${departmentLabelSql(`note_values->>'from'`)} || ' → ' || ${departmentLabelSql(`note_values->>'to'`)} || '：' || (note_values->>'reason')
          WHEN 'REPLY_EXTENDED' THEN '采购人 ' || (note_values->>'agreedBy') || ' 同意答复期限由 ' || (note_values->>'previousDue') || ' 延至 ' || (note_values->>'newDue') || '：' || (note_values->>'reason')
          ELSE '核实为技术员 ' || (note_values->>'name') || ' (' || (note_values->>'technicianCode') || ') 的责任' END
        WHERE note_code IS NOT NULL;
      ALTER TABLE complaint_event DROP COLUMN note_code, DROP COLUMN note_values;
    `);
  }
}

/** The values an old sentence holds, or null when it is not the system's sentence. */
function codedValues(kind: keyof typeof OLD_SENTENCES, note: string): Record<string, string> | null {
  const match = OLD_SENTENCES[kind]?.exec(note);
  if (!match) return null;
  switch (kind) {
    case 'REROUTED': {
      const [from, to] = [DEPARTMENT_BY_CHINESE_LABEL.get(match[1]!), DEPARTMENT_BY_CHINESE_LABEL.get(match[2]!)];
      return from && to ? { from, to, reason: match[3]! } : null;
    }
    case 'REPLY_EXTENDED':
      return { agreedBy: match[1]!, previousDue: match[2]!, newDue: match[3]!, reason: match[4]! };
    case 'TECHNICIAN_VERIFIED':
      return { name: match[1]!, technicianCode: match[2]! };
  }
}
