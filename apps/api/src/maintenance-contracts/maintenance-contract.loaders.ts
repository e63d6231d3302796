import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { MaintenanceContractSerial } from './maintenance-contract.entity.js';

/** The serials of many contracts in one query, each contract's in the order they were listed. */
export function serialsOfContractLoader(context: RequestContext) {
  return new DataLoader<string, MaintenanceContractSerial[]>(async (contractIds) => {
    const manager = await context.manager();
    const rows = await manager.find(MaintenanceContractSerial, { where: { contractId: In([...contractIds]) }, order: { position: 'ASC' } });
    return contractIds.map((id) => rows.filter((row) => row.contractId === id));
  });
}

/** Registered units by their serial number exactly as recorded, for a page of covered serials. */
export function productUnitBySerialLoader(context: RequestContext) {
  return new DataLoader<string, ProductUnit | null>(async (serialNumbers) => {
    const manager = await context.manager();
    const rows = await manager.find(ProductUnit, { where: { serialNumber: In([...serialNumbers]) } });
    const found = new Map(rows.map((row) => [row.serialNumber, row]));
    return serialNumbers.map((serial) => found.get(serial) ?? null);
  });
}
