import { ABC_CLASSES, type AbcClass } from '@aftersales/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinTable, ManyToMany, type Relation } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';
import { MoneyScalar } from '../../common/scalars.js';
import { RecordBase } from '../../common/timestamps.js';
import { ProductModel } from '../product-models/product-model.entity.js';

export const AbcClassEnum = Object.fromEntries(ABC_CLASSES.map((value) => [value, value])) as { [C in AbcClass]: C };
registerEnumType(AbcClassEnum, { name: 'AbcClass', description: 'ABC 分类 (A: high value, tightly controlled)' });

@ObjectType({ description: '配件 Spare part' })
@Entity('part')
export class Part extends RecordBase {
  @Field(() => String, { description: '配件编号' })
  @Column({ type: 'text', name: 'part_number' })
  partNumber: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: '规格' })
  @Column({ type: 'text', nullable: true })
  spec: string | null;

  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', name: 'unit_cost_fen', transformer: bigintToNumber })
  unitCost: number;

  @Field(() => AbcClassEnum)
  @Column({ type: 'text', name: 'abc_class' })
  abcClass: AbcClass;

  @Field(() => Boolean, { description: '易损件 Wear part' })
  @Column({ type: 'boolean', name: 'wear_part', default: false })
  wearPart: boolean;

  @ManyToMany(() => ProductModel)
  @JoinTable({
    name: 'part_compatible_model',
    joinColumn: { name: 'part_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'model_id', referencedColumnName: 'id' },
  })
  compatibleModels?: Relation<ProductModel[]>;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
