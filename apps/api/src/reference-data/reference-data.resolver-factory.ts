import { Arg, Args, Authorized, type ClassType, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type Connection, ConnectionType, PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';

export interface ReferenceDataService<T extends object, Input extends object, Filter extends object> {
  list(context: RequestContext, page: PageArgs, filter?: Filter): Promise<Connection<T>>;
  create(context: RequestContext, input: Input): Promise<T>;
  update(context: RequestContext, id: string, input: Input): Promise<T>;
  setActive?(context: RequestContext, id: string, active: boolean): Promise<T>;
}

interface Options<T extends object, Input extends object, Filter extends object> {
  type: ClassType<T>;
  /** Singular type name, e.g. `ProductModel` → `createProductModel`. */
  name: string;
  /** The list query's name, e.g. `productModels`. */
  listName: string;
  /** The Chinese term, for the schema descriptions. */
  term: string;
  input: ClassType<Input>;
  filter: ClassType<Filter>;
  service: ReferenceDataService<T, Input, Filter>;
}

/**
 * Reference data (DOMAIN §1) shares one shape: a filtered list anyone signed in may read,
 * create and update for head-office administrators. Concrete resolvers add field resolvers.
 */
export function referenceDataResolver<T extends object, Input extends object, Filter extends object>(options: Options<T, Input, Filter>) {
  const ListConnection = ConnectionType(options.type, options.name);

  @Resolver()
  abstract class ReferenceDataResolver {
    @Authorized('referenceData.read')
    @Query(() => ListConnection, { name: options.listName, description: `${options.term}列表` })
    list(
      @Ctx() context: RequestContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => options.filter, { nullable: true }) filter?: Filter,
    ) {
      return options.service.list(context, page, filter);
    }

    @Authorized('referenceData.manage')
    @Mutation(() => options.type, { name: `create${options.name}`, description: `新建${options.term}` })
    create(@Ctx() context: RequestContext, @Arg('input', () => options.input) input: Input) {
      return options.service.create(context, input);
    }

    @Authorized('referenceData.manage')
    @Mutation(() => options.type, { name: `update${options.name}`, description: `修改${options.term}` })
    update(
      @Ctx() context: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('input', () => options.input) input: Input,
    ) {
      return options.service.update(context, id, input);
    }
  }
  return ReferenceDataResolver;
}

/** The same, plus `setXActive`: reference data is deactivated, never deleted. */
export function activatableReferenceDataResolver<T extends object, Input extends object, Filter extends object>(
  options: Options<T, Input, Filter> & { service: Required<ReferenceDataService<T, Input, Filter>> },
) {
  @Resolver()
  abstract class ActivatableResolver extends referenceDataResolver(options) {
    @Authorized('referenceData.manage')
    @Mutation(() => options.type, { name: `set${options.name}Active`, description: `启用 / 停用${options.term}` })
    setActive(
      @Ctx() context: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('active', () => Boolean) active: boolean,
    ) {
      return options.service.setActive(context, id, active);
    }
  }
  return ActivatableResolver;
}
