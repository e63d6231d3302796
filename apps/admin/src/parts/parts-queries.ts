import { graphql } from '../graphql/graphql';

// Queries the parts pages share: the parts reference data, the stock locations and head office's settings.

/** The parts catalogue, for the pickers (inactive parts are left out by the API's default). */
export const PART_OPTIONS_QUERY = graphql(`
  query PartsDeskPartOptions($first: Int) {
    parts(first: $first) { nodes { id partNumber name spec unitCost wearPart abcClass active } }
  }
`);

/** FACTORY, HEAD_OFFICE and the centers the viewer may see (a partner: its own). */
export const STOCK_LOCATIONS_QUERY = graphql(`
  query StockLocations {
    stockLocations { key kind label repairCenter { id code name } }
  }
`);

export const PARTS_SETTINGS_QUERY = graphql(`
  query PartsSettings {
    partsSettings { directorApprovalThreshold scrapAppraisalThreshold localPurchaseQuoteCount }
  }
`);

export const UPDATE_PARTS_SETTINGS = graphql(`
  mutation UpdatePartsSettings($input: PartsSettingsInput!) {
    updatePartsSettings(input: $input) { directorApprovalThreshold scrapAppraisalThreshold localPurchaseQuoteCount }
  }
`);
