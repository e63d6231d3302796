import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { ProductModel } from '../product-models/product-model.entity.js';
import { activatableReferenceDataResolver } from '../reference-data.resolver-factory.js';
import { Part } from './part.entity.js';
import { PartFilter, PartInput } from './part.input.js';
import { partService } from './part.service.js';

@Resolver(() => Part)
export class PartResolver extends activatableReferenceDataResolver({
  type: Part,
  name: 'Part',
  listName: 'parts',
  term: '配件',
  input: PartInput,
  filter: PartFilter,
  service: partService,
}) {
  @FieldResolver(() => [ProductModel], { description: '适用型号' })
  compatibleModels(@Root() part: Part, @Ctx() context: RequestContext) {
    return context.loaders.compatibleModelsOfPart.load(part.id);
  }
}
