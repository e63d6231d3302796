import { HANDLING_DEPARTMENT_LABELS, HANDLING_DEPARTMENTS } from '@aftersales/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEPARTMENT_BY_CHINESE_LABEL = new Map(HANDLING_DEPARTMENTS.map((department) => [HANDLING_DEPARTMENT_LABELS[department].zh, department]));
/** The way back: a department code as the Chinese label the old sentence used. */
const departmentLabelSql = (value: string) =>
  `CASE ${value} ${HANDLING_DEPARTMENTS.map((department) => `WHEN '${department}' THEN '${HANDLING_DEPARTMENT_LABELS[department].zh}'`).join(' ')} END`;

/** The sentences the API wrote before this migration, by the code they become. */
const OLD_SENTENCES: Record<'REROUTED' | 'REPLY_EXTENDED' | 'TECHNICIAN_VERIFIED', RegExp> = {
  REROUTED: /^(\S+) → (\S+)：([\s\S]*)$/,
  REPLY_EXTENDED: /^采购人 ([\s\S]+) 同意答复期限由 (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) 延至 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})：([\s\S]*)$/,
  TECHNICIAN_VERIFIED: /^核实为技术员 ([\s\S]+) \(([^()]+)\) 的责任$/,
};

/** The parts of a registration note, joined by '；'. */
const OLD_SURVEY = /^客户意见调查 \(派工单 ([\s\S]+)\)：(一般，服务部处理|重大，报分管副总)$/;
const OLD_CONTRACT_TERM = /^合同约定 (\d+) 个工作日内答复采购人$/;
const OLD_UNKNOWN_SERIAL = '未登记的出厂编号 unknown serial';
const OLD_REPEAT = /^同一出厂编号第 (\d+) 次未结投诉，升级处理$/;
const SURVEY_SEVERITY_SENTENCES = { ORDINARY: '一般，服务部处理', MAJOR: '重大，报分管副总' } as const;

interface RegistrationValues {
  survey?: { workOrderCode: string; severity: keyof typeof SURVEY_SEVERITY_SENTENCES };
  contractReplyWorkingDays?: number;
  unknownSerial?: boolean;
  openComplaintNumber?: number;
}

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
        ADD COLUMN note_code text CHECK (note_code IN ('REGISTERED', 'REROUTED', 'REPLY_EXTENDED', 'TECHNICIAN_VERIFIED')),
        ADD COLUMN note_values jsonb,
        ADD CONSTRAINT ck_complaint_event_note CHECK (note_code IS NULL OR (note IS NULL AND note_values IS NOT NULL))
    `);
    const rows: { id: string; kind: keyof typeof OLD_SENTENCES | 'REGISTERED'; note: string }[] = await db.query(
      `SELECT id, kind, note FROM complaint_event WHERE kind IN ('REGISTERED', 'REROUTED', 'REPLY_EXTENDED', 'TECHNICIAN_VERIFIED') AND note IS NOT NULL`,
    );
    for (const row of rows) {
      const values = codedValues(row.kind, row.note);
      if (!values) continue;
      await db.query(`UPDATE complaint_event SET note = NULL, note_code = $2, note_values = $3 WHERE id = $1`, [row.id, row.kind, JSON.stringify(values)]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE complaint_event DROP CONSTRAINT ck_complaint_event_note`);
    const registered: { id: string; values: RegistrationValues }[] = await db.query(`SELECT id, note_values AS values FROM complaint_event WHERE note_code = 'REGISTERED'`);
    for (const row of registered) {
      await db.query(`UPDATE complaint_event SET note = $2, note_code = NULL, note_values = NULL WHERE id = $1`, [row.id, registrationSentence(row.values)]);
    }
    await db.query(`
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
function codedValues(kind: keyof typeof OLD_SENTENCES | 'REGISTERED', note: string): object | null {
  if (kind === 'REGISTERED') return registrationValues(note);
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

/** A registration note's values when every part of it is a sentence the system wrote. */
function registrationValues(note: string): RegistrationValues | null {
  const values: RegistrationValues = {};
  for (const part of note.split('；')) {
    const survey = OLD_SURVEY.exec(part);
    const term = OLD_CONTRACT_TERM.exec(part);
    const repeat = OLD_REPEAT.exec(part);
    if (survey) values.survey = { workOrderCode: survey[1]!, severity: survey[2] === SURVEY_SEVERITY_SENTENCES.MAJOR ? 'MAJOR' : 'ORDINARY' };
    else if (term) values.contractReplyWorkingDays = Number(term[1]);
    else if (part === OLD_UNKNOWN_SERIAL) values.unknownSerial = true;
    else if (repeat) values.openComplaintNumber = Number(repeat[1]);
    else return null;
  }
  return values;
}

function registrationSentence(values: RegistrationValues): string {
  return [
    values.survey && `客户意见调查 (派工单 ${values.survey.workOrderCode})：${SURVEY_SEVERITY_SENTENCES[values.survey.severity]}`,
    values.contractReplyWorkingDays !== undefined && `合同约定 ${values.contractReplyWorkingDays} 个工作日内答复采购人`,
    values.unknownSerial && OLD_UNKNOWN_SERIAL,
    values.openComplaintNumber !== undefined && `同一出厂编号第 ${values.openComplaintNumber} 次未结投诉，升级处理`,
  ]
    .filter(Boolean)
    .join('；');
}
