import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { RepairCenter } from '../../repair-centers/repair-center.entity.js';
import { StockMovement } from '../stock/stock-movement.entity.js';
import { PartsWriteOff } from './parts-write-off.entity.js';
import { WriteOffActionEnum } from './write-off-enums.js';
import { WriteOffLineView } from './write-off-line.type.js';
import type { WriteOffReading } from './write-off-lines.js';
import { RecordOldPartsReturnedArgs, RecordWriteOffCountsArgs, WriteOffFilter, WriteOffPageArgs } from './write-off.input.js';
import { writeOffService } from './write-off.service.js';

const PartsWriteOffConnection = ConnectionType(PartsWriteOff, 'PartsWriteOff');

/** lines, canClose and blockingPartIds share one reading per write-off and request. */
const readings = new WeakMap<PartsWriteOff, Promise<WriteOffReading>>();
function readingOf(context: RequestContext, writeOff: PartsWriteOff): Promise<WriteOffReading> {
  let reading = readings.get(writeOff);
  if (!reading) {
    reading = writeOffService.reading(context, writeOff);
    readings.set(writeOff, reading);
  }
  return reading;
}

@Resolver(() => PartsWriteOff)
export class PartsWriteOffResolver {
  @Authorized('parts.read')
  @Query(() => PartsWriteOffConnection, { description: '季度核销列表, newest quarter first (a partner sees its own center’s)' })
  partsWriteOffs(
    @Ctx() context: RequestContext,
    @Args(() => WriteOffPageArgs) page: WriteOffPageArgs,
    @Arg('filter', () => WriteOffFilter, { nullable: true }) filter?: WriteOffFilter,
  ) {
    return writeOffService.list(context, page, filter ?? {});
  }

  @Authorized('parts.read')
  @Query(() => PartsWriteOff, { nullable: true, description: '核销详情' })
  partsWriteOff(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return writeOffService.findOrFail(context, id);
  }

  @Authorized('parts.writeOff')
  @Mutation(() => PartsWriteOff, { description: '开始核销: one per center and quarter (YYYY-Qn), once the quarter is over' })
  openWriteOff(
    @Ctx() context: RequestContext,
    @Arg('repairCenterId', () => ID) repairCenterId: string,
    @Arg('quarter', () => String) quarter: string,
  ) {
    return writeOffService.open(context, repairCenterId, quarter);
  }

  @Authorized('parts.writeOff')
  @Mutation(() => PartsWriteOff, { description: '盘点: the counts at the quarter’s start and end per part, with the explanation of a difference' })
  recordWriteOffCounts(@Ctx() context: RequestContext, @Args(() => RecordWriteOffCountsArgs) args: RecordWriteOffCountsArgs) {
    return writeOffService.recordCounts(context, args);
  }

  @Authorized('parts.writeOff')
  @Mutation(() => PartsWriteOff, { description: '收回旧件: a RETURN_OLD_PART movement from the center to HEAD_OFFICE or FACTORY' })
  recordOldPartsReturned(@Ctx() context: RequestContext, @Args(() => RecordOldPartsReturnedArgs) args: RecordOldPartsReturnedArgs) {
    return writeOffService.recordOldPartsReturned(context, args);
  }

  @Authorized('parts.writeOff')
  @Mutation(() => PartsWriteOff, { description: '核销: every difference zero or explained → the voucher is archived and the covered requisitions close' })
  closeWriteOff(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return writeOffService.close(context, id, version);
  }

  @FieldResolver(() => RepairCenter)
  repairCenter(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext) {
    return context.loaders.repairCenter.load(writeOff.repairCenterId);
  }

  @FieldResolver(() => [WriteOffLineView], { description: 'Computed live while OPEN, from the archived voucher once CLOSED' })
  async lines(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext): Promise<WriteOffLineView[]> {
    return (await readingOf(context, writeOff)).lines;
  }

  @FieldResolver(() => Boolean, { description: 'Every difference is zero or explained' })
  async canClose(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext): Promise<boolean> {
    return writeOff.status === 'OPEN' && (await readingOf(context, writeOff)).canClose;
  }

  @FieldResolver(() => [WriteOffActionEnum], { description: 'What you may do with it now (the lifecycle’s allowed commands); CLOSE once every difference is explained' })
  async allowedActions(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext) {
    return writeOffService.allowedActions(context, writeOff, await readingOf(context, writeOff));
  }

  @FieldResolver(() => [ID], { description: 'Parts whose difference still needs an explanation' })
  async blockingPartIds(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext): Promise<string[]> {
    return (await readingOf(context, writeOff)).blockingPartIds;
  }

  @FieldResolver(() => [StockMovement], { description: '旧件返还 recorded under this write-off' })
  oldPartReturns(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext): Promise<StockMovement[]> {
    return writeOffService.oldPartReturns(context, writeOff);
  }
}

@Resolver(() => WriteOffLineView)
export class WriteOffLineResolver {
  @FieldResolver(() => Part)
  part(@Root() line: WriteOffLineView, @Ctx() context: RequestContext) {
    return context.loaders.part.load(line.partId);
  }
}
