import type { MessageCatalog } from '../message-translator.js';

/** What the API tells whoever runs it at start-up (the embedded PostgreSQL, crashes). */
export const OPERATIONS_MESSAGES: MessageCatalog = {
  'Stopped the embedded PostgreSQL (pid {}) that an API which did not shut down left running on {}.':
    '已停止内置 PostgreSQL（进程 {0}）：它由一个未正常关闭的 API 留在 {1} 上运行。',
  'The PostgreSQL in {} (pid {}) belongs to another running API (pid {}). Stop that one first, or give this one its own DATA_DIR.':
    '{0} 中的 PostgreSQL（进程 {1}）属于另一个正在运行的 API（进程 {2}）。请先停止那个 API，或为本 API 指定单独的 DATA_DIR。',
  'The orphaned PostgreSQL in {} (pid {}) did not stop; stop it by hand and start again.':
    '{0} 中遗留的 PostgreSQL（进程 {1}）未能停止；请手动停止后再启动。',
};
