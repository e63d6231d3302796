/** The apiStockLedger messages in English: the ledger's reasons the system gives (stored as codes). */
export const apiStockLedger = {
  replacement: 'Part replaced under the work order',
  oldPartsReturn: 'Old parts handed back with the write-off',
  localPurchase: 'Bought locally',
} as const;
