import type { ComponentWarranty as ComponentWarrantyShape } from '@aftersales/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ActivatableCodedRecord } from '../../common/coded-record.js';

@ObjectType({ description: '部件三包期 Warranty months of a component that differs from its category' })
export class ComponentWarranty implements ComponentWarrantyShape {
  @Field(() => String)
  component: string;

  @Field(() => Int)
  months: number;
}

@ObjectType({ description: '产品类别 Product category with its warranty period (三包期)' })
@Entity('product_category')
export class ProductCategory extends ActivatableCodedRecord {
  @Field(() => String, { nullable: true, description: 'English name, shown to English readers; null: they see the Chinese name' })
  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;

  @Field(() => Int, { description: '三包期 (months from the purchase date)' })
  @Column({ type: 'integer', name: 'warranty_months' })
  warrantyMonths: number;

  @Field(() => [ComponentWarranty])
  @Column({ type: 'jsonb', name: 'component_warranties', default: () => `'[]'` })
  componentWarranties: ComponentWarranty[];
}
