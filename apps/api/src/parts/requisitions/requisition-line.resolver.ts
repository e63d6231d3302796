import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import { PartsShipment } from './parts-shipment.entity.js';

@ObjectType({ description: 'The pieces of one requisition line in a shipment' })
export class ShipmentLine {
  @Field(() => PartsRequisitionLine)
  line: PartsRequisitionLine;

  @Field(() => Int)
  quantity: number;
}

@Resolver(() => PartsRequisitionLine)
export class PartsRequisitionLineResolver {
  @FieldResolver(() => Part)
  part(@Root() line: PartsRequisitionLine, @Ctx() context: RequestContext) {
    return context.loaders.part.load(line.partId);
  }
}

@Resolver(() => PartsShipment)
export class PartsShipmentResolver {
  @FieldResolver(() => [ShipmentLine])
  async lines(@Root() shipment: PartsShipment, @Ctx() context: RequestContext): Promise<ShipmentLine[]> {
    const lines = await context.loaders.linesOfRequisition.load(shipment.requisitionId);
    return shipment.lines.flatMap((entry) => {
      const line = lines.find((candidate) => candidate.id === entry.lineId);
      return line ? [{ line, quantity: entry.quantity }] : [];
    });
  }
}
