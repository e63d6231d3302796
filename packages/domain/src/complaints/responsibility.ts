import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { allocateByPercent, type Fen } from '../money.js';
import { isNonNegativeFen, isOneOf } from './input-checks.js';
import type { FaultCause } from './fault-cause.js';
import { list, msg } from '../messages/index.js';

/**
 * Who can bear a complaint's loss (001 §3, §4): the production workshop (生产车间), quality
 * inspection (质检处), the carrier (承运单位), the materials department that runs the warehouse
 * (物资处), sales (销售处), the customer, the technical center, R&D for design faults (004 §4.3),
 * and the company itself for the half of a late-forward loss sales does not bear (001 §4.1).
 */
export const RESPONSIBLE_UNITS = [
  'PRODUCTION',
  'QUALITY_INSPECTION',
  'CARRIER',
  'MATERIALS',
  'SALES',
  'CUSTOMER',
  'TECH_CENTER',
  'RESEARCH_DEVELOPMENT',
  'COMPANY',
] as const;
export type ResponsibleUnit = (typeof RESPONSIBLE_UNITS)[number];

export interface ResponsibilityShare {
  unit: ResponsibleUnit;
  /** Percent of the responsibility, 0 < share ≤ 100, at most 2 decimals. */
  sharePercent: number;
}

/** The situations 001 §3 and §4.1 fix a split for. */
export const RESPONSIBILITY_SCENARIOS = [
  'INTRINSIC_DEFECT',
  'HARD_TO_DETECT_DEFECT',
  'TRANSIT_DAMAGE_AFTER_SIGN_OFF',
  'PACKAGING_DAMAGE_BEFORE_WAREHOUSE_SIGN_OFF',
  'PACKAGING_DAMAGE_BEFORE_LOADING',
  'CUSTOMER_MISUSE',
  'EVIDENCE_WINDOW_MISSED_BY_SALES',
] as const;
export type ResponsibilityScenario = (typeof RESPONSIBILITY_SCENARIOS)[number];

export type ResponsibilityRules = { [S in ResponsibilityScenario]: readonly ResponsibilityShare[] };

/*
 * 001 §3.4–3.5: an intrinsic defect (off-spec physical values, visible paper defects, passing off
 * inferior goods, rewinding faults) is 70 % the workshop's and 30 % inspection's; a defect an
 * inspector can hardly detect (内夹带、内软硬) is 90 / 10.
 * 001 §3 packaging: goods signed off by quality inspection, materials and the carrier (三方汇签)
 * and damaged after are the carrier's, and sales claims from the carrier or insurer (any excess a
 * sales error caused is entered by hand against SALES); packaging damaged before the materials
 * department signed the handover is the workshop's; after that and before loading, materials'.
 * (A shipment forced without all signatures is the forcing party's: no fixed split, entered by hand.)
 * 001 §3.6: misuse by the customer, or the customer's own handling, is the customer's, and the
 * company does not compensate.
 * 001 §4.1(2): sales forwarding so late that evidence and handling were lost bears 50 %, the
 * company the other 50 %.
 */
export const DEFAULT_RESPONSIBILITY_RULES: ResponsibilityRules = {
  INTRINSIC_DEFECT: [
    { unit: 'PRODUCTION', sharePercent: 70 },
    { unit: 'QUALITY_INSPECTION', sharePercent: 30 },
  ],
  HARD_TO_DETECT_DEFECT: [
    { unit: 'PRODUCTION', sharePercent: 90 },
    { unit: 'QUALITY_INSPECTION', sharePercent: 10 },
  ],
  TRANSIT_DAMAGE_AFTER_SIGN_OFF: [{ unit: 'CARRIER', sharePercent: 100 }],
  PACKAGING_DAMAGE_BEFORE_WAREHOUSE_SIGN_OFF: [{ unit: 'PRODUCTION', sharePercent: 100 }],
  PACKAGING_DAMAGE_BEFORE_LOADING: [{ unit: 'MATERIALS', sharePercent: 100 }],
  CUSTOMER_MISUSE: [{ unit: 'CUSTOMER', sharePercent: 100 }],
  EVIDENCE_WINDOW_MISSED_BY_SALES: [
    { unit: 'SALES', sharePercent: 50 },
    { unit: 'COMPANY', sharePercent: 50 },
  ],
};

/** Percent to integer hundredths, or null unless 0 < percent ≤ 100 with at most 2 decimals. */
function hundredthsOf(percent: unknown): number | null {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return null;
  const hundredths = Math.round(percent * 100);
  // Same tolerance as allocateByPercent: 33.33 is stored as 33.329999…
  if (Math.abs(percent * 100 - hundredths) > 1e-6) return null;
  return hundredths > 0 && hundredths <= 10_000 ? hundredths : null;
}

/**
 * Field errors for a responsibility split (DOMAIN §3.7): units known and listed once, each share
 * above 0 and at most 100 with at most 2 decimals, and the shares adding up to exactly 100,
 * compared in hundredths so 33.33 + 33.33 + 33.34 is exact. `prefix` places the errors in the form.
 */
export function validateResponsibility(shares: readonly ResponsibilityShare[], prefix = 'responsibility'): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(shares) || shares.length === 0) {
    errors[prefix] = msg('complaints.nameLeastOneResponsibleUnit');
    return errors;
  }
  const firstRowByUnit = new Map<string, number>();
  let total = 0;
  let allSharesValid = true;
  shares.forEach((share, index) => {
    const unit = share?.unit;
    if (!isOneOf(RESPONSIBLE_UNITS, unit)) {
      errors[`${prefix}.${index}.unit`] = msg('complaints.chooseResponsibleUnit');
    } else if (firstRowByUnit.has(unit)) {
      errors[`${prefix}.${index}.unit`] =
        msg('complaints.unitAlreadyListedRowGet', { unit, get: (firstRowByUnit.get(unit) ?? 0) + 1 });
    } else {
      firstRowByUnit.set(unit, index);
    }
    const hundredths = hundredthsOf(share?.sharePercent);
    if (hundredths == null) {
      errors[`${prefix}.${index}.sharePercent`] = msg('complaints.enterShareAbove0Most');
      allSharesValid = false;
    } else {
      total += hundredths;
    }
  });
  if (allSharesValid && total !== 10_000) {
    errors[prefix] = msg('complaints.sharesAddUpTotalAdjust', { total: total / 100 });
  }
  return errors;
}

export function isResponsibilityScenario(value: unknown): value is ResponsibilityScenario {
  return isOneOf(RESPONSIBILITY_SCENARIOS, value);
}

/** Field errors for an edited rules table, under the scenario's key, e.g. `INTRINSIC_DEFECT.0.sharePercent`. */
export function validateResponsibilityRules(rules: ResponsibilityRules): FieldErrors {
  let errors: FieldErrors = {};
  for (const scenario of RESPONSIBILITY_SCENARIOS) {
    errors = { ...errors, ...validateResponsibility(rules?.[scenario], scenario) };
  }
  return errors;
}

/** The split the rules propose for `scenario`, as a fresh list the person may then adjust. */
export function proposeResponsibility(
  scenario: ResponsibilityScenario,
  rules: ResponsibilityRules = DEFAULT_RESPONSIBILITY_RULES,
): ResponsibilityShare[] {
  if (!isResponsibilityScenario(scenario)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.scenarioResponsibilityScenario', { scenario: String(scenario) }), {
      scenario: msg('complaints.chooseOneResponsibilityscenarios', { responsibilityScenarios: list(RESPONSIBILITY_SCENARIOS) }),
    });
  }
  const shares = rules[scenario];
  throwIfFieldErrors(
    validateResponsibility(shares, scenario),
    msg('complaints.responsibilityRulesValidCorrectListed'),
  );
  return shares.map((share) => ({ unit: share.unit, sharePercent: share.sharePercent }));
}

export interface UnitAmount {
  unit: ResponsibleUnit;
  amount: Fen;
}

/**
 * Each unit's part of `loss` by its share (001 §4: the responsible units bear the loss, deducted
 * from their bonus). The parts add up to the loss exactly; the odd fen go as `allocateByPercent`
 * gives them, to the largest remainders and on ties to the unit listed first.
 */
export function allocateLoss(loss: Fen, shares: readonly ResponsibilityShare[]): UnitAmount[] {
  if (!isNonNegativeFen(loss)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.lossMustWholeNumberFen', { loss: String(loss) }), {
      loss: msg('complaints.enterLossWholeFen0'),
    });
  }
  throwIfFieldErrors(validateResponsibility(shares));
  const amounts = allocateByPercent(
    loss,
    shares.map((share) => share.sharePercent),
  );
  return shares.map((share, index) => ({ unit: share.unit, amount: amounts[index] ?? 0 }));
}

/*
 * The scenario to propose from the appraised cause: a manufacturing defect is intrinsic (70/30),
 * transport damage the carrier's, storage damage before loading the materials department's,
 * and the customer's own faults the customer's. A design fault has no split in the seeds, so
 * nothing is proposed and the technical center enters it.
 */
const SCENARIO_BY_CAUSE: { [C in FaultCause]: ResponsibilityScenario | null } = {
  DESIGN: null,
  MANUFACTURING: 'INTRINSIC_DEFECT',
  STORAGE: 'PACKAGING_DAMAGE_BEFORE_LOADING',
  TRANSPORT: 'TRANSIT_DAMAGE_AFTER_SIGN_OFF',
  CUSTOMER_MISUSE: 'CUSTOMER_MISUSE',
  OTHER_CUSTOMER: 'CUSTOMER_MISUSE',
};

export function defaultResponsibilityScenario(cause: FaultCause): ResponsibilityScenario | null {
  return SCENARIO_BY_CAUSE[cause] ?? null;
}

/** Names of the responsible units as the regulations write them (001 §3), for notes and exports. */
export const RESPONSIBLE_UNIT_LABELS: { [U in ResponsibleUnit]: { zh: string; en: string } } = {
  PRODUCTION: { zh: '生产车间', en: 'Production workshop' },
  QUALITY_INSPECTION: { zh: '质检处', en: 'Quality inspection' },
  CARRIER: { zh: '承运单位', en: 'Carrier' },
  MATERIALS: { zh: '物资处', en: 'Materials department' },
  SALES: { zh: '销售处', en: 'Sales department' },
  CUSTOMER: { zh: '用户', en: 'Customer' },
  TECH_CENTER: { zh: '技术中心', en: 'Technical center' },
  RESEARCH_DEVELOPMENT: { zh: '研发部门', en: 'R&D' },
  COMPANY: { zh: '公司', en: 'Company' },
};
