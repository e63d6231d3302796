// The scores area's pages, imported on demand by the routes as one chunk.
export { ScoreDetailPage } from './score-detail-page';
export { ScoresPage } from './scores-page';
export { YearReviewPage } from './year-review-page';
