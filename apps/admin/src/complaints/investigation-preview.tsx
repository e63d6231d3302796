import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { atLeastTier, DEFAULT_COMPLAINT_SETTINGS, formatMoneyDisplay, isQualityFault, parseMoney, serviceTypeFor, severityTier, type Fen, type ComplaintTier, type FaultCause } from '@aftersales/domain';
import { DetailList } from '../common/detail-list';
import { isMoneyText } from '../common/format';
import type { WarrantyStatus } from '../graphql/types';
import { TierBadge } from './complaint-badges';
import { COMPLAINT_LOSS_LIMITS_QUERY } from './complaint-queries';

export interface InvestigationDraft {
  faultCause: FaultCause | '';
  directLoss: string;
  responsibilityClear: boolean;
  especiallyMajor: boolean;
  contractCustomer: boolean;
}

export interface LossLimits {
  minorLossLimit: Fen;
  majorLossLimit: Fen;
}

/** Head office's loss limits (001 §2.2); the domain's defaults until they have loaded. */
export function useLossLimits(): LossLimits {
  const [{ data }] = useQuery({ query: COMPLAINT_LOSS_LIMITS_QUERY });
  return useMemo(() => {
    const settings = data?.complaintSettings;
    if (!settings || !isMoneyText(settings.minorLossLimit) || !isMoneyText(settings.majorLossLimit)) return DEFAULT_COMPLAINT_SETTINGS;
    return { minorLossLimit: parseMoney(settings.minorLossLimit), majorLossLimit: parseMoney(settings.majorLossLimit) };
  }, [data]);
}

/**
 * The tier the loss gives (001 §2.2), never below the complaint's minimum (a survey complaint CS
 * judged major stays before the VP, as the API keeps it); null until the loss is a valid amount.
 */
export function previewTier(draft: InvestigationDraft, limits: LossLimits, minimumTier: ComplaintTier): ComplaintTier | null {
  if (!isMoneyText(draft.directLoss)) return null;
  return atLeastTier(severityTier({ directLoss: parseMoney(draft.directLoss), responsibilityClear: draft.responsibilityClear }, limits), minimumTier);
}

interface InvestigationPreviewProps {
  draft: InvestigationDraft;
  limits: LossLimits;
  warrantyStatus: WarrantyStatus;
  minimumTier: ComplaintTier;
}

/** What the investigation will make of the complaint: quality fault or not, service type, tier. */
export function InvestigationPreview({ draft, limits, warrantyStatus, minimumTier }: InvestigationPreviewProps) {
  const { t, i18n } = useTranslation();
  const tier = previewTier(draft, limits, minimumTier);
  const cause = draft.faultCause || null;
  const label = t('complaints.investigation.preview');
  const money = (fen: Fen) => formatMoneyDisplay(fen, i18n.language === 'en' ? 'en' : 'zh-CN');
  return (
    <div role="status" aria-label={label}>
      <DetailList
        label={label}
        items={[
          { label: t('complaints.fields.faultKind'), value: cause && t(isQualityFault(cause) ? 'complaints.quality.quality' : 'complaints.quality.nonQuality') },
          {
            label: t('complaints.fields.serviceType'),
            value: cause && t(`complaints.serviceTypes.${serviceTypeFor({ cause, warrantyStatus, contractCustomer: draft.contractCustomer })}`),
          },
          { label: t('complaints.investigation.resultingTier'), value: tier && <TierBadge tier={tier} especiallyMajor={tier === 'CRITICAL' && draft.especiallyMajor} /> },
        ]}
      />
      <p className="app-muted">{t('complaints.investigation.tierHint', { minor: money(limits.minorLossLimit), major: money(limits.majorLossLimit) })}</p>
      {minimumTier !== 'MINOR' && <p className="app-muted">{t('complaints.investigation.minimumTierHint', { tier: t(`complaints.tiers.${minimumTier}`) })}</p>}
    </div>
  );
}
