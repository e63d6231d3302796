import { MAX_CONTRACT_SERIAL_LENGTH, MAX_CUSTOMER_ADDRESS_LENGTH, MAX_CUSTOMER_NAME_LENGTH, MAX_CUSTOMER_PHONE_LENGTH } from '@aftersales/domain';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID } from 'type-graphql';
import { Column } from 'typeorm';
import { LocalDateScalar } from './scalars.js';
import { msg, validationMessage } from '../i18n/message.js';

/*
 * The customer's and the unit's fields that complaints, work orders, parts requisitions and
 * maintenance contracts share (客户名称 / 电话 / 地址, 出厂编号, the product unit, model and purchase
 * date). Each is defined here once: its column (the existing name, type and nullability), its
 * GraphQL field and its input rule. A record lists the property and decorates it from here:
 *
 *   @CustomerUnitColumn.customerName()
 *   customerName: string;
 *
 * Why property decorators rather than a typeorm embedded or a base class: an embedded
 * (`complaint.customer.name`) would change every read and write of these fields in the services
 * and the query builders' paths, and the GraphQL types would need resolvers to stay flat; a base
 * class would put its fields first in each GraphQL type and input, reordering the published
 * schema. These decorators change neither the tables nor the schema.
 *
 * `description` is the GraphQL description where a record words the field its own way.
 */

type PropertyDecorator = (target: object, property: string | symbol) => void;
type Described = { description?: string };

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };

/** Columns and GraphQL fields on the records (explicit types: esbuild emits no decorator metadata). */
export const CustomerUnitColumn = {
  customerName: (field: Described = {}) => all(Field(() => String, field), Column({ type: 'text', name: 'customer_name' })),
  customerPhone: (field: Described = {}) => all(Field(() => String, field), Column({ type: 'text', name: 'customer_phone' })),
  customerAddress: (field: Described = {}) => all(Field(() => String, field), Column({ type: 'text', name: 'customer_address' })),
  /** 出厂编号 as typed; `nullable` where a record may name no unit (a requisition for stock). */
  serialNumber: ({ nullable = false, description = '出厂编号' }: Described & { nullable?: boolean } = {}) =>
    all(Field(() => String, nullable ? { nullable, description } : { description }), Column({ type: 'text', name: 'serial_number', nullable })),
  /** The unit record the serial matched; null for a serial head office does not know. Exposed by the resolvers. */
  productUnitId: () => Column({ type: 'uuid', name: 'product_unit_id', nullable: true }),
};

/** Fields of the inputs that register or draft such a record, with their length and id rules. */
export const CustomerUnitInput = {
  customerName: (field: Described = {}) => all(Field(() => String, field), MaxLength(MAX_CUSTOMER_NAME_LENGTH)),
  customerPhone: (field: Described = {}) => all(Field(() => String, field), MaxLength(MAX_CUSTOMER_PHONE_LENGTH)),
  customerAddress: ({ description = '详细地址' }: Described = {}) =>
    all(Field(() => String, { description }), MaxLength(MAX_CUSTOMER_ADDRESS_LENGTH)),
  /** `optional` where the serial may be left out (a requisition takes its work order's). */
  serialNumber: ({ optional = false, description = '出厂编号' }: Described & { optional?: boolean } = {}) =>
    optional
      ? all(Field(() => String, { nullable: true, description }), IsOptional(), MaxLength(MAX_CONTRACT_SERIAL_LENGTH))
      : all(Field(() => String, { description }), MaxLength(MAX_CONTRACT_SERIAL_LENGTH)),
  /** The model, for a serial head office does not know. */
  modelId: (field: Described = {}) =>
    all(Field(() => ID, { nullable: true, ...field }), IsOptional(), IsUUID('all', { ...validationMessage(msg('apiCommon.chooseProductModel')) })),
  purchaseDate: (field: Described = {}) => all(Field(() => LocalDateScalar, { nullable: true, ...field })),
};
