import { COMPLAINT_LIFECYCLE, type ComplaintCommand, type ComplaintStatus } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../common/versioned-write.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { complaintEventData } from './complaint.event-data.js';
import { storeReplyDue } from './reply-due.js';
import { msg } from '../i18n/message.js';
import type { CodedComplaintNote } from './complaint-notes.js';

export interface ComplaintChange {
  /** The lifecycle command the change ran: the partner event it raises is written with it. */
  command: ComplaintCommand;
  /** The timeline entry's kind, e.g. TRANSITION or INVESTIGATION. */
  kind: string;
  /** A person's words, or the system's note as a code with its values. */
  note?: string | CodedComplaintNote | null;
  toStatus?: ComplaintStatus;
}

/** The complaint as `versionedWrite` knows it; a command with its own audit snapshot spreads it. */
export const COMPLAINT_AGGREGATE: VersionedAggregate<Complaint> = {
  entity: Complaint,
  entityType: 'Complaint',
  noun: msg('apiComplaints.thisComplaint'),
  // replyDueAt is derived: storeReplyDue writes it from the change's outcome.
  fixedColumns: ['replyDueAt'],
  afterWrite: storeReplyDue,
  centerOf: (complaint) => complaint.repairCenterId,
  describeCurrent: (complaint) => ({ status: complaint.status, version: complaint.version }),
  events: { lifecycle: COMPLAINT_LIFECYCLE, data: complaintEventData },
};

/**
 * Applies one change to a complaint through the one versioned write (common/versioned-write.ts);
 * its timeline entry lands in the same transaction.
 */
export async function changeComplaint(
  context: RequestContext,
  id: string,
  version: number,
  apply: (complaint: Complaint, manager: EntityManager) => ComplaintChange | Promise<ComplaintChange>,
): Promise<Complaint> {
  const principal = context.requirePrincipal();
  let change: ComplaintChange | undefined;
  let fromStatus: ComplaintStatus | undefined;
  return versionedWrite(context, COMPLAINT_AGGREGATE, {
    id,
    version,
    action: () => change!.kind,
    command: () => change!.command,
    apply: async (complaint, manager) => {
      fromStatus = complaint.status;
      change = await apply(complaint, manager);
    },
    record: async (complaint, manager) => {
      await manager.insert(ComplaintEvent, {
        complaintId: id,
        repairCenterId: complaint.repairCenterId,
        actorName: principal.displayName,
        kind: change!.kind,
        fromStatus: change!.toStatus ? fromStatus : null,
        toStatus: change!.toStatus ?? null,
        ...storedNote(change!.note),
      });
    },
  });
}

/** The columns a timeline note is stored in: a person's words as text, the system's as a code. */
export function storedNote(note: string | CodedComplaintNote | null | undefined): Pick<ComplaintEvent, 'note' | 'noteCode' | 'noteValues'> {
  if (note == null || typeof note === 'string') return { note: note ?? null, noteCode: null, noteValues: null };
  return { note: null, noteCode: note.code, noteValues: note.values };
}
