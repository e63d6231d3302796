import { GraphiQL } from 'graphiql';
import { useMemo, useState, type FormEvent } from 'react';
import { credentialFor, readRememberedKey, rememberKey, type Credential } from './credentials';
import { exampleOperations, tabQuery } from './example-operations';
import { explorerFetcher } from './explorer-fetcher';

const LANGUAGES = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

const CREDENTIAL_STATUS: Record<Credential['kind'], string> = {
  API_KEY: '以 API 密钥发送 · Sent with your API key',
  ADMIN_SESSION: '以管理端当前登录发送 · Sent with your admin sign-in',
  NONE: '未认证：请填写 API 密钥 · Not signed in: enter your API key',
};

// The tabs a first visit opens with; GraphiQL keeps the user's own tabs in sessionStorage after that.
const DEFAULT_TABS = exampleOperations().map((example) => ({
  query: tabQuery(example),
  variables: JSON.stringify(example.variables, null, 2),
}));
// GraphiQL 4 opens the first of its default tabs with an empty variables editor (it takes the
// `variables` prop, not the tab's), so a first visit passes the first tab's variables as the prop.
// Later visits restore the user's own tabs and must not get them.
const FIRST_TAB_VARIABLES = sessionStorage.getItem('graphiql:tabState') === null ? DEFAULT_TABS[0]!.variables : undefined;

/** GraphiQL on the product's own /graphql, with the partner's API key in a field of its own. */
export function ExplorerApp() {
  const [draftKey, setDraftKey] = useState(readRememberedKey);
  const [remember, setRemember] = useState(() => readRememberedKey() !== '');
  const [usedKey, setUsedKey] = useState(draftKey);
  const [language, setLanguage] = useState(() => (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'));
  const credential = useMemo(() => credentialFor(usedKey), [usedKey]);
  // A new fetcher makes GraphiQL introspect again, so the schema follows the key in use.
  const fetcher = useMemo(() => explorerFetcher(credential, language), [credential, language]);

  const applyKey = (event: FormEvent) => {
    event.preventDefault();
    rememberKey(draftKey.trim(), remember);
    setUsedKey(draftKey);
  };

  return (
    <div className="explorer">
      <form className="explorer-credentials" onSubmit={applyKey}>
        <strong className="explorer-title">售后服务管理 API 浏览器 · API explorer</strong>
        <label className="explorer-key">
          <span>API 密钥 · API key</span>
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="ask_…"
            value={draftKey}
            onChange={(event) => setDraftKey(event.target.value)}
          />
        </label>
        <label className="explorer-remember">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          <span>在本浏览器记住 · Remember in this browser</span>
        </label>
        <button type="submit">使用 · Use</button>
        <label className="explorer-language">
          <span>错误信息语言 · Messages in</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            {LANGUAGES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span className="explorer-status" role="status">
          {CREDENTIAL_STATUS[credential.kind]}
        </span>
      </form>
      <div className="explorer-graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={DEFAULT_TABS}
          variables={FIRST_TAB_VARIABLES}
          storage={sessionStorage}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  );
}
