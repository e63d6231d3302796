import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/** The one fallback for every page still downloading: the layout stays, the page area says it is loading. */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="app-page-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/**
 * The page exported as `name` by the module `load` imports, downloaded the first time it is shown,
 * so signing in and the dashboard do not wait for every feature area. Pages of one area share a
 * module, hence one chunk.
 */
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType>>(load: () => Promise<Module>, name: Name): ComponentType {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}
