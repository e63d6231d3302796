import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { Alert, Button } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { PROPOSED_RESPONSIBILITY_QUERY, SET_RESPONSIBILITY } from './complaint-queries';
import { ResponsibilityRows, shareErrors, type ShareRow } from './responsibility-rows';
import { useComplaintMutation } from './use-complaint-mutation';

/**
 * 责任划分 (001 §3): units and their shares, adding up to 100. The default split for the
 * appraised cause comes from head office's settings through the API.
 */
export function ResponsibilityDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const client = useClient();
  const mapError = useErrorMapper();
  const mutation = useComplaintMutation(SET_RESPONSIBILITY, complaint);
  const [rows, setRows] = useState<ShareRow[]>(() =>
    complaint.responsibility.length > 0 ? complaint.responsibility.map((share) => ({ ...share })) : [{ unit: '', sharePercent: null }],
  );
  const [suggestion, setSuggestion] = useState<{ tone: 'info' | 'warning'; text: string } | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const cause = complaint.faultCause;

  const suggest = async () => {
    if (!cause) return;
    setSuggesting(true);
    const result = await client.query(PROPOSED_RESPONSIBILITY_QUERY, { faultCause: cause }, { requestPolicy: 'network-only' }).toPromise();
    setSuggesting(false);
    const proposed = result.data?.proposedResponsibility;
    if (!proposed) {
      setSuggestion({ tone: 'warning', text: mapError(result.error).message ?? '' });
    } else if (proposed.length === 0) {
      setSuggestion({ tone: 'warning', text: t('complaints.responsibility.noSuggestion') });
    } else {
      setRows(proposed.map((share) => ({ unit: share.unit, sharePercent: share.sharePercent })));
      setSuggestion({ tone: 'info', text: t('complaints.responsibility.suggested', { cause: t(`complaints.faultCauses.${cause}`) }) });
    }
  };

  const submit = async () => {
    const clientErrors = shareErrors(rows, t);
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    const shares = rows.map((row) => ({ unit: row.unit, sharePercent: row.sharePercent }));
    if (await mutation.run({ shares })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.responsibility'), code: complaint.code })}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="large"
    >
      <div className="app-inline app-wrap">
        <Button size="small" disabled={!cause} loading={suggesting} onClick={() => void suggest()}>
          {t('complaints.responsibility.suggest')}
        </Button>
        <span className="app-muted">
          {cause ? t('complaints.responsibility.suggestHint', { cause: t(`complaints.faultCauses.${cause}`) }) : t('complaints.responsibility.suggestNeedsCause')}
        </span>
      </div>
      {suggestion && <Alert tone={suggestion.tone}>{suggestion.text}</Alert>}
      <ResponsibilityRows rows={rows} onChange={setRows} fieldErrors={mutation.errors.fieldErrors} />
    </ComplaintDialog>
  );
}
