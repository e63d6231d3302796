import type { AnyDocument } from '../../graphql/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, ConfirmDialog } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';

export interface ActiveToggleConfig<Node> {
  isActive: (node: Node) => boolean;
  /** e.g. `mutation($id: ID!, $active: Boolean!) { setRegionActive(...) }` */
  mutation: AnyDocument;
  variables: (node: Node, active: boolean) => Record<string, unknown>;
  labels: { activate: string; deactivate: string; confirmTitle: string; confirmMessage: (node: Node) => string };
}

/** Activate at once; deactivating asks first, because it hides the record from new work. */
export function ActiveToggle<Node>({ node, config, onChanged }: { node: Node; config: ActiveToggleConfig<Node>; onChanged: () => void }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, execute] = useMutation(config.mutation);
  const active = config.isActive(node);

  const run = async (nextActive: boolean) => {
    setError(null);
    const result = await execute(config.variables(node, nextActive));
    if (result.error) {
      setError(mapError(result.error).message);
      setConfirming(true);
      return;
    }
    setConfirming(false);
    onChanged();
  };

  if (!active) {
    return (
      <Button size="small" loading={fetching} onClick={() => void run(true)}>
        {config.labels.activate}
      </Button>
    );
  }
  return (
    <>
      <Button size="small" variant="danger" onClick={() => setConfirming(true)}>
        {config.labels.deactivate}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={config.labels.confirmTitle}
        message={config.labels.confirmMessage(node)}
        confirmLabel={config.labels.deactivate}
        cancelLabel={t('common.cancel')}
        tone="danger"
        loading={fetching}
        error={error}
        onConfirm={() => void run(false)}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      />
    </>
  );
}
