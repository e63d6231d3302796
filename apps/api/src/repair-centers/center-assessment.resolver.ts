import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { Technician } from '../technicians/technician.entity.js';
import { CenterAssessmentInput } from './assessment.input.js';
import { assessmentService } from './assessment.service.js';
import { CenterAssessment, TechnicianAssessment } from './center-assessment.entity.js';
import { RepairCenter } from './repair-center.entity.js';

@Resolver(() => CenterAssessment)
export class CenterAssessmentResolver {
  @Authorized('repairCenters.assess')
  @Mutation(() => CenterAssessment, {
    description: '记录考核: a failed periodic assessment opens a rectification (限期整改); a passing follow-up closes it',
  })
  recordCenterAssessment(@Ctx() context: RequestContext, @Arg('input', () => CenterAssessmentInput) input: CenterAssessmentInput) {
    return assessmentService.record(context, input);
  }

  @FieldResolver(() => RepairCenter)
  repairCenter(@Root() assessment: CenterAssessment, @Ctx() context: RequestContext) {
    return context.loaders.repairCenter.load(assessment.repairCenterId);
  }

  @FieldResolver(() => [TechnicianAssessment], { description: 'The staff scored in this assessment' })
  staff(@Root() assessment: CenterAssessment, @Ctx() context: RequestContext) {
    return context.loaders.staffOfAssessment.load(assessment.id);
  }
}

@Resolver(() => TechnicianAssessment)
export class TechnicianAssessmentResolver {
  @FieldResolver(() => Technician)
  technician(@Root() entry: TechnicianAssessment, @Ctx() context: RequestContext) {
    return context.loaders.technician.load(entry.technicianId);
  }
}
