/** The apiReferenceData messages in English; `../zh-CN/api-reference-data.ts` has the same keys in Chinese. */
export const apiReferenceData = {
  nameDay: 'Name the day, e.g. 国庆节.',
  costNegative: 'The cost cannot be negative.',
  chooseExistingProductModels: 'Choose existing product models.',
  nameComponent: 'Name the component.',
  least1Month: 'At least 1 month.',
  most120Months: 'At most 120 months.',
  chooseProductCategory: 'Choose a product category.',
  chooseProductModel: 'Choose a product model.',
};
