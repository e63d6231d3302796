import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { isUuid } from './ids.js';
import type { RequestContext } from './request-context.js';

function byId<T extends ObjectLiteral & { id: string }>(context: RequestContext, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const manager = await context.manager();
    const rows = await manager.find(entity, { where: { id: In(ids.filter(isUuid)) } as never });
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batching, so a page of 50 models costs one category query, not 50. */
export function createLoaders(context: RequestContext) {
  return {
    region: byId(context, Region),
    productCategory: byId(context, ProductCategory),
    productModel: byId(context, ProductModel),
    repairCenter: byId(context, RepairCenter),
    compatibleModelsOfPart: new DataLoader<string, ProductModel[]>(async (partIds) => {
      const manager = await context.manager();
      const rows: { part_id: string; model_id: string }[] = await manager.query(
        'SELECT part_id, model_id FROM part_compatible_model WHERE part_id = ANY($1)',
        [[...partIds]],
      );
      const models = await manager.find(ProductModel, {
        where: { id: In([...new Set(rows.map((row) => row.model_id))]) },
        order: { code: 'ASC' },
      });
      return partIds.map((partId) => {
        const ids = new Set(rows.filter((row) => row.part_id === partId).map((row) => row.model_id));
        return models.filter((model) => ids.has(model.id));
      });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
