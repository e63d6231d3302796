import {
  COMPLAINT_AUTHORITIES,
  COMPLAINT_HANDLERS,
  type ComplaintAuthority,
  type ComplaintHandler,
  type ComplaintTier,
  surveyComplaintHandling,
  tierHandling,
} from '@aftersales/domain';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Reads } from '../common/columns-asked.js';
import { graphQLEnum } from '../common/graphql-enum.js';
import type { RequestContext } from '../common/request-context.js';
import { ComplaintTierEnum } from './complaint-enums.js';
import { Complaint } from './complaint.entity.js';

const ComplaintHandlerEnum = graphQLEnum(COMPLAINT_HANDLERS, 'ComplaintHandler', '处理者: TECH_CENTER 技术中心, ON_SITE_TEAM 现场服务小组');
const ComplaintAuthorityEnum = graphQLEnum(COMPLAINT_AUTHORITIES, 'ComplaintAuthority', 'VICE_PRESIDENT 分管副总经理, GENERAL_MANAGER 总经理, OFFICE_MEETING 公司办公会');

@ObjectType({ description: '按等级处理 (001 §2.2): who handles the complaint, who must agree, who is told' })
export class ComplaintHandling {
  @Field(() => ComplaintHandlerEnum)
  handledBy: ComplaintHandler;

  @Field(() => Boolean, { description: '现场查看、取证' })
  onSiteInvestigation: boolean;

  @Field(() => [ComplaintAuthorityEnum], { description: 'Must agree to the handling proposal, in order' })
  approvers: readonly ComplaintAuthority[];

  @Field(() => [ComplaintAuthorityEnum], { description: 'Are told of the proposal (e.g. MAJOR → 分管副总)' })
  informed: readonly ComplaintAuthority[];
}

/** The complaint's tier handling from the domain's table, so clients need not repeat it. */
@Resolver(() => Complaint)
export class ComplaintHandlingResolver {
  @FieldResolver(() => ComplaintHandling, { description: '处理与报告 by the current tier' })
  @Reads('tier', 'especiallyMajor')
  handling(@Root() complaint: Complaint): ComplaintHandling {
    return tierHandling(complaint.tier, complaint.especiallyMajor);
  }

  @FieldResolver(() => ComplaintTierEnum, {
    description: '最低等级: the tier no investigation goes below (MAJOR for a survey complaint CS judged 重大, else MINOR)',
  })
  async minimumTier(@Root() complaint: Complaint, @Ctx() context: RequestContext): Promise<ComplaintTier> {
    const severity = await context.loaders.surveyComplaintSeverity.load(complaint.id);
    return severity ? surveyComplaintHandling(severity).minimumTier : 'MINOR';
  }
}
