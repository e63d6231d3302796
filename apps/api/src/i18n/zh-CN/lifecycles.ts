import type { MessageCatalog } from '../message-translator.js';

/** The generic lifecycle (packages/domain/src/lifecycle) and the one versioned write (common/versioned-write.ts). */
export const LIFECYCLE_MESSAGES: MessageCatalog = {
  'A {} that is {} cannot be given "{}". ': '状态为 {1} 的{0}不能执行“{2}”。',
  'What it can be given now: {}.': '当前可执行：{0}。',
  'Nothing more can be done with it.': '已无可执行的操作。',
  'Your role may not do "{}" on a {} (it needs {}).': '您的角色不能对{1}执行“{0}”（需要 {2} 权限）。',
  'Someone else changed {} while you were working on it. Reload it and try again.': '您编辑期间，{0}已被他人修改，请重新加载后再试。',
};
