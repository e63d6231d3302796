import type { Translation } from '@aftersales/domain';
import type { apiSync as english } from '../en/api-sync.js';

/** The apiSync messages in Simplified Chinese. */
export const apiSync: Translation<typeof english> = {
  syncCursorNotValid: '同步游标无效，请带 updatedSince、不带游标重新开始同步。',
  syncCursorOfAnotherList: '该游标属于另一个列表，请传入本列表返回的 endCursor。',
  offsetCursorInSync: '该游标来自未带 updatedSince 读取的分页，请带 updatedSince、不带游标重新开始同步。',
  invalidSyncCursor: '同步游标无效。',
};
