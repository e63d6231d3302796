import { REPAIR_CENTER_STATUSES, type RepairCenterStatus } from '@aftersales/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CodedRecord } from '../common/coded-record.js';
import { Region } from '../reference-data/regions/region.entity.js';

export const RepairCenterStatusEnum = Object.fromEntries(REPAIR_CENTER_STATUSES.map((v) => [v, v])) as {
  [S in RepairCenterStatus]: S;
};
registerEnumType(RepairCenterStatusEnum, {
  name: 'RepairCenterStatus',
  description: 'ACTIVE 正常, RECTIFYING 限期整改, SUSPENDED 暂停, REVOKED 取消授权, EXPIRED 协议到期',
});

@ObjectType({ description: '特约授权维修中心 Authorized repair center' })
@Entity('repair_center')
export class RepairCenter extends CodedRecord {
  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Field(() => RepairCenterStatusEnum)
  @Column({ type: 'text', default: 'ACTIVE' })
  status: RepairCenterStatus;
}
