import type { RegionZone } from '@aftersales/domain';
import { Field, InputType } from 'type-graphql';
import { IsCode, IsName } from '../../common/input-rules.js';
import { ReferenceFilter } from '../reference-filter.js';
import { RegionZoneEnum } from './region.entity.js';

@InputType({ description: '地区 Region' })
export class RegionInput {
  @Field(() => String)
  @IsCode()
  code: string;

  @Field(() => String)
  @IsName()
  name: string;

  @Field(() => RegionZoneEnum)
  zone: RegionZone;
}

@InputType()
export class RegionFilter extends ReferenceFilter {}
