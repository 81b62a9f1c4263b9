import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useText } from '../i18n/I18n';

const KEY = 'monitorKey';

interface SettingsState {
  monitorKey: string | null;
  openSettings: () => void;
}

const SettingsContext = createContext<SettingsState>({ monitorKey: null, openSettings: () => undefined });
export const useSettings = () => useContext(SettingsContext);

const stored = (): string | null => {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/**
 * The page's settings: a MONITOR key, entered once and kept in sessionStorage only (this tab, until it is closed;
 * never in localStorage or a cookie), for the exports that need it.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { t } = useText();
  const [monitorKey, setMonitorKey] = useState<string | null>(stored);
  const [draft, setDraft] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const openSettings = useCallback(() => {
    setDraft('');
    dialog.current?.showModal();
  }, []);
  const keep = (value: string | null) => {
    try {
      if (value) sessionStorage.setItem(KEY, value);
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage refused (private browsing): the key then lasts while the page stays open.
    }
    setMonitorKey(value);
  };
  const value = useMemo(() => ({ monitorKey, openSettings }), [monitorKey, openSettings]);
  return (
    <SettingsContext.Provider value={value}>
      {children}
      <dialog ref={dialog} className="settings" aria-labelledby="settings-title">
        <form
          method="dialog"
          onSubmit={() => {
            if (draft.trim()) keep(draft.trim());
          }}
        >
          <h2 id="settings-title">{t('settings.title')}</h2>
          <p role="status">{monitorKey ? t('settings.keySet') : t('settings.noKey')}</p>
          <label htmlFor="monitor-key">{t('settings.keyLabel')}</label>
          <p className="hint" id="monitor-key-hint">
            {t('settings.keyHint')}
          </p>
          <input
            id="monitor-key"
            type="password"
            autoComplete="off"
            aria-describedby="monitor-key-hint"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button">
              {t('settings.save')}
            </button>
            {monitorKey && (
              <button type="button" className="button secondary" onClick={() => keep(null)}>
                {t('settings.forget')}
              </button>
            )}
            <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
              {t('settings.close')}
            </button>
          </div>
        </form>
      </dialog>
    </SettingsContext.Provider>
  );
}
