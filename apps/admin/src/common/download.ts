import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { apiRequestHeaders } from '../graphql/request-headers';

export interface AuthorizedDownload {
  download: (url: string, fileName: string) => Promise<void>;
  downloading: boolean;
  /** The API's message when the file was refused, or a network failure. */
  error: string | null;
}

/** The `{ "error": { "message" } }` body of a refused export, when there is one. */
async function refusalMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } } | null;
    const message = body?.error?.message;
    return typeof message === 'string' && message ? message : null;
  } catch {
    return null;
  }
}

/** Hands a blob to the browser as a file, through a temporary link. */
function saveBlob(blob: Blob, fileName: string): void {
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
}

/**
 * Downloads a file from the API with the session's bearer token: a plain link cannot carry the
 * `Authorization` header, so the file is fetched and saved from a blob.
 */
export function useAuthorizedDownload(): AuthorizedDownload {
  const { t } = useTranslation();
  const { fetch } = useSession();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = useCallback(
    async (url: string, fileName: string) => {
      setDownloading(true);
      setError(null);
      try {
        const response = await fetch(url, { headers: apiRequestHeaders() });
        if (!response.ok) {
          setError((await refusalMessage(response)) ?? t('common.downloadFailed', { status: response.status }));
          return;
        }
        saveBlob(await response.blob(), fileName);
      } catch {
        setError(t('common.networkError'));
      } finally {
        setDownloading(false);
      }
    },
    [fetch, t],
  );

  return { download, downloading, error };
}
