import type { ComplaintStatus } from '@aftersales/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ComplaintStatusEnum } from './complaint-enums.js';
import { type CodedComplaintNote, type ComplaintNoteCode, ComplaintNoteCodeEnum } from './complaint-notes.js';

@ObjectType({ description: '处理记录 One step in a complaint’s timeline' })
@Entity('complaint_event')
export class ComplaintEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => String)
  @Column({ type: 'text', name: 'actor_name' })
  actorName: string;

  @Field(() => String, { description: 'REGISTERED, TRANSITION, INVESTIGATION, RESPONSIBILITY, RESOLUTION, SPECIAL_CASE, OFFICE_MEETING_APPROVAL, REROUTED (note: from → to：reason)' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => ComplaintStatusEnum, { nullable: true })
  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: ComplaintStatus | null;

  @Field(() => ComplaintStatusEnum, { nullable: true })
  @Column({ type: 'text', name: 'to_status', nullable: true })
  toStatus: ComplaintStatus | null;

  /** A person's words as typed; null when the note is the system's (`noteCode`) or there is none. Read through the resolver. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ComplaintNoteCodeEnum, { nullable: true, description: 'The system’s note as a code (its text is `note`, in the request’s language); null for a person’s words' })
  @Column({ type: 'text', name: 'note_code', nullable: true })
  noteCode: ComplaintNoteCode | null;

  @Column({ type: 'jsonb', name: 'note_values', nullable: true })
  noteValues: CodedComplaintNote['values'] | null;
}
