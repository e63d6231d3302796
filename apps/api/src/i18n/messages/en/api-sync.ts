/** The apiSync messages in English; `../zh-CN/api-sync.ts` has the same keys in Chinese. */
export const apiSync = {
  syncCursorNotValid: 'The sync cursor is not valid; start the sync again with updatedSince and no cursor.',
  syncCursorOfAnotherList: 'This cursor belongs to another list; pass the endCursor this list returned.',
  offsetCursorInSync: 'This cursor comes from a page read without updatedSince; start the sync again with updatedSince and no cursor.',
  invalidSyncCursor: 'Invalid sync cursor.',
};
