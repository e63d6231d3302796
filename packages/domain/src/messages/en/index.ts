import { apiKeys } from './api-keys.js';
import { common } from './common.js';
import { complaints } from './complaints.js';
import { lifecycle } from './lifecycle.js';
import { maintenanceContracts } from './maintenance-contracts.js';
import { parts } from './parts.js';
import { repairCenters } from './repair-centers.js';
import { surveys } from './surveys.js';
import { technicianScores } from './technician-scores.js';
import { workOrders } from './work-orders.js';

/** Every domain message area; keys are `area.key`. */
export const DOMAIN_MESSAGES = {
  apiKeys,
  common,
  complaints,
  lifecycle,
  maintenanceContracts,
  parts,
  repairCenters,
  surveys,
  technicianScores,
  workOrders,
};
