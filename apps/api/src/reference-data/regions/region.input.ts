import type { RegionZone } from '@aftersales/domain';
import { Field, InputType } from 'type-graphql';
import { CodedInput } from '../../common/coded-record.js';
import { ReferenceFilter } from '../reference-filter.js';
import { RegionZoneEnum } from './region.entity.js';

@InputType({ description: '地区 Region' })
export class RegionInput extends CodedInput {
  @Field(() => RegionZoneEnum)
  zone: RegionZone;
}

@InputType()
export class RegionFilter extends ReferenceFilter {}
