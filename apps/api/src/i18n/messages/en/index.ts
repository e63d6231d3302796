import { apiApiKeys } from './api-api-keys.js';
import { apiAuth } from './api-auth.js';
import { apiCenterHistory } from './api-center-history.js';
import { apiCommon } from './api-common.js';
import { apiComplaintNotes } from './api-complaint-notes.js';
import { apiComplaints } from './api-complaints.js';
import { apiForeign } from './api-foreign.js';
import { apiMaintenanceContracts } from './api-maintenance-contracts.js';
import { apiParts } from './api-parts.js';
import { apiRecords } from './api-records.js';
import { apiReferenceData } from './api-reference-data.js';
import { apiRepairCenters } from './api-repair-centers.js';
import { apiStockLedger } from './api-stock-ledger.js';
import { apiSurveys } from './api-surveys.js';
import { apiSync } from './api-sync.js';
import { apiTechnicianScores } from './api-technician-scores.js';
import { apiTechnicians } from './api-technicians.js';
import { apiUsers } from './api-users.js';
import { apiWebhooks } from './api-webhooks.js';
import { apiWorkOrders } from './api-work-orders.js';

/** Every api message area; keys are `area.key`. */
export const API_MESSAGES = {
  apiApiKeys,
  apiAuth,
  apiCenterHistory,
  apiCommon,
  apiComplaintNotes,
  apiComplaints,
  apiForeign,
  apiMaintenanceContracts,
  apiParts,
  apiRecords,
  apiReferenceData,
  apiRepairCenters,
  apiStockLedger,
  apiSurveys,
  apiSync,
  apiTechnicianScores,
  apiTechnicians,
  apiUsers,
  apiWebhooks,
  apiWorkOrders,
};
