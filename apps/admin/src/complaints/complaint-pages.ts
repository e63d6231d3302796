// The complaints area's pages, imported on demand by the routes as one chunk.
export { ComplaintDetailPage } from './complaint-detail-page';
export { ComplaintsPage } from './complaints-page';
export { RegisterComplaintPage } from './register-complaint-page';
