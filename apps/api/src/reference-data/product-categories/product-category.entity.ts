import type { ComponentWarranty as ComponentWarrantyShape } from '@aftersales/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/timestamps.js';

@ObjectType({ description: '部件三包期 Warranty months of a component that differs from its category' })
export class ComponentWarranty implements ComponentWarrantyShape {
  @Field(() => String)
  component: string;

  @Field(() => Int)
  months: number;
}

@ObjectType({ description: '产品类别 Product category with its warranty period (三包期)' })
@Entity('product_category')
export class ProductCategory extends RecordBase {
  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => Int, { description: '三包期 (months from the purchase date)' })
  @Column({ type: 'integer', name: 'warranty_months' })
  warrantyMonths: number;

  @Field(() => [ComponentWarranty])
  @Column({ type: 'jsonb', name: 'component_warranties', default: () => `'[]'` })
  componentWarranties: ComponentWarranty[];

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
