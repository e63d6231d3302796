import { useMemo, useState } from 'react';
import { RecordLoadState } from '../../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, PageLayout } from '@aftersales/ui';
import { useAuthorizedDownload } from '../../common/download';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { WriteOffStatusBadge } from '../parts-badges';
import { useVersionedMutation } from '../use-parts-mutation';
import { countErrors, countsInput, draftsOf, hasUnsavedCounts, type CountDraft, type CountDrafts } from './write-off-counts';
import { CloseWriteOffDialog, OldPartsReturnedDialog } from './write-off-dialogs';
import { WriteOffLinesTable } from './write-off-lines-table';
import { RECORD_WRITE_OFF_COUNTS, WRITE_OFF_QUERY } from './write-off-queries';
import { WriteOffRecords } from './write-off-records';
import { useReloadableQuery } from '../../common/use-reloadable-query';

/** The export of a closed write-off's voucher, Chinese headers (docs/parts-contract.md). */
const writeOffExportUrl = (id: string) => `/exports/parts-write-off.xlsx?id=${encodeURIComponent(id)}`;

/**
 * 核销工作台: one center's quarter, part by part, with the differences highlighted; counts and
 * explanations are typed in place, old parts returned are recorded, and it closes once nothing
 * unexplained remains, after which it is the archived voucher.
 */
export function WriteOffPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['PartsWriteOff'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({ query: WRITE_OFF_QUERY, variables: { id }, context, requestPolicy: 'cache-and-network' });
  const writeOff = data?.partsWriteOff ?? null;
  // What is typed belongs to the version it was typed on; a newer version starts from its saved counts.
  const [typed, setTyped] = useState<{ key: string; drafts: CountDrafts } | null>(null);
  const [dialog, setDialog] = useState<'return' | 'close' | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useVersionedMutation(RECORD_WRITE_OFF_COUNTS, writeOff);
  const exporter = useAuthorizedDownload();


  const backLink = <Link to="/parts/write-offs">{t('warrantyParts.back')}</Link>;
  if (!writeOff) {
    return (
      <PageLayout title={t('warrantyParts.writeOffs.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('warrantyParts.writeOffs.notFound')} />
      </PageLayout>
    );
  }

  const versionKey = `${writeOff.id}:${writeOff.version}`;
  const drafts = typed?.key === versionKey ? typed.drafts : draftsOf(writeOff.lines);
  const editable = writeOff.allowedActions.includes('RECORD_COUNTS');
  const unsaved = editable && hasUnsavedCounts(writeOff.lines, drafts);
  const blockingCount = writeOff.blockingPartIds.length;
  // What is typed may settle a difference, so unsaved counts are the first thing to say.
  const closeBlocked = unsaved ? t('warrantyParts.writeOffs.close.unsaved') : !writeOff.allowedActions.includes('CLOSE') ? t('warrantyParts.writeOffs.close.blocked', { count: blockingCount }) : null;
  const change = (partId: string, patch: Partial<CountDraft>) => {
    setSaved(false);
    setTyped({ key: versionKey, drafts: { ...drafts, [partId]: { ...(drafts[partId] ?? { onHandAtStart: null, onHandAtEnd: null, explanation: '' }), ...patch } } });
  };
  const saveCounts = async () => {
    const errors = countErrors(writeOff.lines, drafts, t('warrantyParts.wholePiecesOrZero'));
    if (Object.keys(errors).length > 0) return save.setFieldErrors(errors, t('warrantyParts.correctFields'));
    if (await save.run({ counts: countsInput(writeOff.lines, drafts) })) {
      setSaved(true);
      refresh();
    }
  };
  const done = () => {
    setDialog(null);
    refresh();
  };
  const dialogProps = { writeOff, onClose: () => setDialog(null), onDone: done, onReload: refresh };

  return (
    <PageLayout
      title={writeOff.code}
      description={
        <span className="app-inline app-wrap" role="group" aria-label={t('warrantyParts.writeOffs.summary')}>
          <WriteOffStatusBadge status={writeOff.status} />
          <span>{`${writeOff.repairCenter.code} ${writeOff.repairCenter.name}`}</span>
          <span>{writeOff.quarter}</span>
        </span>
      }
      actions={
        writeOff.status === 'CLOSED' ? (
          <>
            <Link className="ui-button ui-button--secondary" to={`/parts/write-offs/${writeOff.id}/voucher`}>
              {t('warrantyParts.writeOffs.actions.voucher')}
            </Link>
            <Button loading={exporter.downloading} onClick={() => void exporter.download(writeOffExportUrl(writeOff.id), `${writeOff.code}.xlsx`)}>
              {t('warrantyParts.writeOffs.actions.export')}
            </Button>
          </>
        ) : (
          editable && (
            <>
              {writeOff.allowedActions.includes('RETURN_OLD_PARTS') && (
                <Button onClick={() => setDialog('return')}>{t('warrantyParts.writeOffs.actions.returnOldParts')}</Button>
              )}
              <Button variant="primary" disabled={closeBlocked !== null} title={closeBlocked ?? undefined} onClick={() => setDialog('close')}>
                {t('warrantyParts.writeOffs.actions.close')}
              </Button>
            </>
          )
        )
      }
    >
      <div>{backLink}</div>
      {exporter.error && <Alert tone="danger">{exporter.error}</Alert>}
      {writeOff.status === 'OPEN' && closeBlocked && <Alert tone="warning">{closeBlocked}</Alert>}
      {writeOff.status === 'CLOSED' && <Alert tone="success">{t('warrantyParts.writeOffs.closedNotice')}</Alert>}
      <Card
        title={t('warrantyParts.writeOffs.lines.title')}
        actions={
          editable && (
            <Button variant="primary" size="small" loading={save.fetching} onClick={() => void saveCounts()}>
              {t('warrantyParts.writeOffs.actions.saveCounts')}
            </Button>
          )
        }
      >
        {save.errors.message && <Alert tone="danger">{save.errors.message}</Alert>}
        {saved && !unsaved && <Alert tone="success">{t('common.saved')}</Alert>}
        {editable && <p className="app-paragraph app-muted">{t('warrantyParts.writeOffs.lines.hint')}</p>}
        <WriteOffLinesTable lines={writeOff.lines} drafts={editable ? drafts : null} onChange={change} fieldErrors={save.errors.fieldErrors} />
      </Card>
      <WriteOffRecords writeOff={writeOff} />
      {dialog === 'return' && <OldPartsReturnedDialog {...dialogProps} />}
      {dialog === 'close' && <CloseWriteOffDialog {...dialogProps} />}
    </PageLayout>
  );
}
