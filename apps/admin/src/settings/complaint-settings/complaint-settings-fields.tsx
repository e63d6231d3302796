import {
  COMPLAINT_TIERS,
  DEFAULT_COMPLAINT_SETTINGS,
  formatMoneyDisplay,
  MAX_CONTRACT_REPLY_WORKING_DAYS,
  MAX_DEADLINE_HOURS,
  MAX_REPEAT_COMPLAINT_THRESHOLD,
  MAX_REPLY_DAYS,
  REPLY_DEADLINE_BASES,
  type ReplyDeadlineBasis,
} from '@aftersales/domain';
import { FormGrid, FormSection, NumberField, SelectField, TextField } from '@aftersales/ui';
import { useReportTranslation } from '../../complaint-reports/use-report-translation';
import { replyDaysError, type SettingsDraft } from './complaint-settings-values';

type MoneyField = 'minorLossLimit' | 'majorLossLimit' | 'lateForwardPenalty' | 'lateHandlingPenalty';
type CountField = 'contractReplyWorkingDays' | 'firstResponseHours' | 'forwardingHours' | 'repeatComplaintThreshold';

const COUNT_RANGES: Record<CountField, { min: number; max: number }> = {
  contractReplyWorkingDays: { min: 1, max: MAX_CONTRACT_REPLY_WORKING_DAYS },
  firstResponseHours: { min: 1, max: MAX_DEADLINE_HOURS },
  forwardingHours: { min: 1, max: MAX_DEADLINE_HOURS },
  repeatComplaintThreshold: { min: 2, max: MAX_REPEAT_COMPLAINT_THRESHOLD },
};

interface SettingsFieldsProps {
  draft: SettingsDraft;
  onChange: (patch: Partial<SettingsDraft>) => void;
  fieldErrors: Record<string, string>;
  readOnly: boolean;
}

/** Loss limits, reply days, deadlines, fines and the repeat threshold, each with its domain default as a hint. */
export function ComplaintSettingsFields({ draft, onChange, fieldErrors, readOnly }: SettingsFieldsProps) {
  const { t, language } = useReportTranslation();
  const defaultMoney = (field: MoneyField) => formatMoneyDisplay(DEFAULT_COMPLAINT_SETTINGS[field], language === 'en' ? 'en' : 'zh-CN');

  const money = (field: MoneyField) => (
    <TextField
      label={t(`complaintSettings.fields.${field}`)}
      required
      inputMode="decimal"
      value={draft[field]}
      onChange={(value) => onChange({ [field]: value })}
      disabled={readOnly}
      error={fieldErrors[field]}
      hint={t(`complaintSettings.hints.${field}`, { value: defaultMoney(field) })}
    />
  );
  const count = (field: CountField) => (
    <NumberField
      label={t(`complaintSettings.fields.${field}`)}
      required
      step={1}
      {...COUNT_RANGES[field]}
      value={draft[field]}
      onChange={(value) => onChange({ [field]: value })}
      disabled={readOnly}
      error={fieldErrors[field]}
      hint={t(`complaintSettings.hints.${field}`, { value: DEFAULT_COMPLAINT_SETTINGS[field] })}
    />
  );

  return (
    <>
      <FormSection title={t('complaintSettings.sections.tiers')}>
        <FormGrid columns={3}>
          {money('minorLossLimit')}
          {money('majorLossLimit')}
          <SelectField
            label={t('complaintSettings.fields.replyDeadlineBasis')}
            required
            value={draft.replyDeadlineBasis}
            onChange={(value) => onChange({ replyDeadlineBasis: value as ReplyDeadlineBasis })}
            options={REPLY_DEADLINE_BASES.map((basis) => ({ value: basis, label: t(`complaintSettings.bases.${basis}`) }))}
            disabled={readOnly}
            error={fieldErrors['replyDeadlineBasis']}
            hint={t('complaintSettings.hints.replyDeadlineBasis', { value: t(`complaintSettings.bases.${DEFAULT_COMPLAINT_SETTINGS.replyDeadlineBasis}`) })}
          />
          {COMPLAINT_TIERS.map((tier) => (
            <NumberField
              key={tier}
              label={t(`complaintSettings.fields.replyDays.${tier}`)}
              required
              min={1}
              max={MAX_REPLY_DAYS}
              step={1}
              value={draft.replyDays[tier]}
              onChange={(value) => onChange({ replyDays: { ...draft.replyDays, [tier]: value } })}
              disabled={readOnly}
              error={replyDaysError(fieldErrors, tier)}
              hint={t('complaintSettings.hints.replyDays', { value: DEFAULT_COMPLAINT_SETTINGS.replyDays[tier] })}
            />
          ))}
          {count('contractReplyWorkingDays')}
        </FormGrid>
      </FormSection>
      <FormSection title={t('complaintSettings.sections.deadlines')}>
        <FormGrid columns={3}>
          {count('firstResponseHours')}
          {count('forwardingHours')}
        </FormGrid>
      </FormSection>
      <FormSection title={t('complaintSettings.sections.penalties')}>
        <FormGrid columns={3}>
          {money('lateForwardPenalty')}
          {money('lateHandlingPenalty')}
          {count('repeatComplaintThreshold')}
        </FormGrid>
      </FormSection>
    </>
  );
}
