import { ApiError } from '../api/client';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';

const KNOWN = ['NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'NETWORK'];

/** An error from the API in words, with what the service said and a way to try again; never a blank page. */
export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useText();
  const code = error instanceof ApiError ? error.code : 'OTHER';
  const key = `error.${KNOWN.includes(code) ? code : 'OTHER'}` as MessageKey;
  const detail = error instanceof ApiError && code !== 'NETWORK' && code !== 'OTHER' ? error.message : null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t('error.title')}</h2>
      <p>{t(key)}</p>
      {detail && <p className="error-detail">{t('error.detail', { message: detail })}</p>}
      {retry && (
        <button type="button" className="button secondary" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useText();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
