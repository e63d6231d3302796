import { REGION_ZONES, type RegionZone } from '@aftersales/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ActivatableCodedRecord } from '../../common/coded-record.js';

export const RegionZoneEnum = Object.fromEntries(REGION_ZONES.map((zone) => [zone, zone])) as { [Z in RegionZone]: Z };
registerEnumType(RegionZoneEnum, {
  name: 'RegionZone',
  description: '地区类别: LOCAL 总部所在地区, REMOTE 外地, SPECIAL 特殊地区',
});

@ObjectType({ description: '地区 Region' })
@Entity('region')
export class Region extends ActivatableCodedRecord {
  @Field(() => RegionZoneEnum)
  @Column({ type: 'text' })
  zone: RegionZone;
}
