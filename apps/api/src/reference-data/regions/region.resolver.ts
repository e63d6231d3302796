import { Resolver } from 'type-graphql';
import { activatableReferenceDataResolver } from '../reference-data.resolver-factory.js';
import { Region } from './region.entity.js';
import { RegionFilter, RegionInput } from './region.input.js';
import { regionService } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver extends activatableReferenceDataResolver({
  type: Region,
  name: 'Region',
  listName: 'regions',
  term: '地区',
  input: RegionInput,
  filter: RegionFilter,
  service: regionService,
}) {}
