export { createServer, type AppServer, type ServerOptions } from './server.js';
export { openDatabase, createDataSource } from './database/data-source.js';
export { startEmbeddedPostgres } from './database/embedded-postgres.js';
export { ensureDatabase } from './database/ensure-database.js';
export { loadDemoData } from './seed/load-demo-data.js';
export * as demo from './seed/demo-data.js';
