import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { LocalDateScalar } from '../../common/scalars.js';
import { RecordBase } from '../../common/timestamps.js';
import { ProductModel } from '../product-models/product-model.entity.js';

@ObjectType({ description: '产品 (出厂编号) A sold unit identified by its serial number' })
@Entity('product_unit')
export class ProductUnit extends RecordBase {
  @Field(() => String, { description: '出厂编号' })
  @Column({ type: 'text', name: 'serial_number' })
  serialNumber: string;

  @Column({ type: 'uuid', name: 'model_id' })
  modelId: string;

  @ManyToOne(() => ProductModel)
  @JoinColumn({ name: 'model_id' })
  model?: Relation<ProductModel>;

  @Field(() => LocalDateScalar, { nullable: true, description: '出厂日期' })
  @Column({ type: 'date', name: 'factory_date', nullable: true })
  factoryDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '购买日期 (发票日期): the warranty base' })
  @Column({ type: 'date', name: 'purchase_date', nullable: true })
  purchaseDate: string | null;

  @Field(() => String, { nullable: true, description: '发票号 Proof of purchase' })
  @Column({ type: 'text', name: 'invoice_number', nullable: true })
  invoiceNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'customer_name', nullable: true })
  customerName: string | null;

  @Field(() => String, { nullable: true, description: '销售经销商' })
  @Column({ type: 'text', name: 'dealer_name', nullable: true })
  dealerName: string | null;
}
