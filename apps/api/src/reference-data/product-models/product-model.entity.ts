import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';
import { MoneyScalar } from '../../common/scalars.js';
import { ActivatableCodedRecord } from '../../common/coded-record.js';
import { ProductCategory } from '../product-categories/product-category.entity.js';

@ObjectType({ description: '产品型号 Product model' })
@Entity('product_model')
export class ProductModel extends ActivatableCodedRecord {
  @Column({ type: 'uuid', name: 'category_id' })
  categoryId: string;

  @ManyToOne(() => ProductCategory)
  @JoinColumn({ name: 'category_id' })
  category?: Relation<ProductCategory>;

  @Field(() => MoneyScalar, { description: '单位制造成本 Manufacturing cost of one unit, prices paid service' })
  @Column({ type: 'bigint', name: 'unit_cost_fen', transformer: bigintToNumber })
  unitCost: number;
}
