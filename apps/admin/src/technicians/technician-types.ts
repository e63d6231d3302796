/** A record picked by id, shown as `code · name`. */
export interface CodedRef {
  id: string;
  code: string;
  name: string;
}

export interface TechnicianRegionAssignment {
  id: string;
  region: CodedRef;
  startsOn: string;
  endsOn: string | null;
  reason: string;
  assignedByName: string;
  createdAt: string;
}

export interface Technician {
  id: string;
  code: string;
  name: string;
  phone: string;
  /** `null` for head-office staff (总部技术员). */
  repairCenter: CodedRef | null;
  skills: CodedRef[];
  certificateNumber: string | null;
  certificateExpiresOn: string | null;
  certificateValid: boolean;
  dispatchable: boolean;
  active: boolean;
}

/** As listed on the technicians page, with the cross-region assignments. */
export interface TechnicianWithAssignments extends Technician {
  regionAssignments: TechnicianRegionAssignment[];
}
