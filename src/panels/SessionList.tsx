/**
 * The picker's saved sessions: title, clock reached, saved at, ended or not;
 * resume (replay, paused), export (a JSON file), delete (asked twice), and
 * import of an exported file (a bad one is refused with what is wrong, and
 * nothing already saved changes).
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../i18n';
import { formatClock, formatNumber } from '../i18n/format';
import { SESSION_LIMIT, type SessionMeta } from '../store/sessionRecord';
import { useConsole, useT, useUi } from '../app/context';
import { downloadText } from './download';
import { useSessions } from './useSessions';
import './sessions.css';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function savedWhen(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

function SessionRow({ meta }: { meta: SessionMeta }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  const keeper = controller.sessions;
  const [confirming, setConfirming] = useState(false);
  const resume = async () => {
    const record = await keeper.get(meta.id);
    if (record) await controller.resume(record, 'resume');
  };
  const exportIt = async () => {
    const file = await keeper.exportFile(meta.id);
    if (file) downloadText(file.name, file.text, 'application/json');
  };
  return (
    <li className="session-row" data-testid="session-item" data-session-id={meta.id} data-clock={meta.clockSeconds} data-ended={meta.ended}>
      <span className="session-title">{meta.title[lang]}</span>
      <span className="session-facts">
        {t('sessions.clock', { clock: formatClock(meta.clockSeconds) })} · {t('sessions.savedAt', { when: savedWhen(meta.savedAt, lang) })} ·{' '}
        {t('sessions.actions', { count: formatNumber(meta.commandCount, lang) })} ·{' '}
        <span className={meta.ended ? 'session-state-ended' : 'session-state-open'}>{t(meta.ended ? 'sessions.ended' : 'sessions.unfinished')}</span>
      </span>
      <span className="session-buttons">
        {confirming ? (
          <>
            <button type="button" className="btn" data-testid="session-delete-confirm" onClick={() => void keeper.remove(meta.id)}>
              {t('sessions.deleteConfirm')}
            </button>
            <button type="button" className="btn ghost" onClick={() => setConfirming(false)}>
              {t('sessions.deleteCancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn" data-testid="session-resume" title={t('sessions.resume.help')} onClick={() => void resume()}>
              {t('sessions.resume')}
            </button>
            <button type="button" className="btn ghost" data-testid="session-export" title={t('sessions.export.help')} onClick={() => void exportIt()}>
              {t('sessions.export')}
            </button>
            <button type="button" className="btn ghost" data-testid="session-delete" onClick={() => setConfirming(true)}>
              {t('sessions.delete')}
            </button>
          </>
        )}
      </span>
    </li>
  );
}

function SessionMessage() {
  const t = useT();
  const message = useSessions((s) => s.message);
  if (!message) return null;
  const { problems, ...params } = message.params ?? {};
  return (
    <div className={`session-message ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="session-message" data-tone={message.tone}>
      <p>{t(message.key, params)}</p>
      {problems !== undefined ? <pre data-testid="session-import-error">{String(problems)}</pre> : null}
    </div>
  );
}

export function SessionList() {
  const t = useT();
  const { controller } = useConsole();
  const keeper = controller.sessions;
  const list = useSessions((s) => s.list);
  const persistent = useSessions((s) => s.persistent);
  useEffect(() => {
    void keeper.refresh();
  }, [keeper, persistent]);
  return (
    <section className="sessions" data-testid="session-list" aria-labelledby="sessions-title">
      <h3 id="sessions-title" title={t('sessions.help')}>
        {t('sessions.title')}
      </h3>
      <p className="muted">
        {t('sessions.help')} {t('sessions.limit', { limit: SESSION_LIMIT })}
      </p>
      {persistent === false ? (
        <p className="session-message error" role="alert" data-testid="sessions-unavailable">
          {t('sessions.unavailable')}
        </p>
      ) : null}
      {list.length === 0 ? (
        <p className="muted">{t('sessions.none')}</p>
      ) : (
        <ul>
          {list.map((m) => (
            <SessionRow key={m.id} meta={m} />
          ))}
        </ul>
      )}
      <label className="field file">
        <span>{t('sessions.import')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="session-import"
          onChange={async (e) => {
            const input = e.currentTarget;
            const f = input.files?.[0];
            if (!f) return;
            await keeper.importFile(await f.text(), f.name, (text, file) => controller.inspect(text, file));
            input.value = '';
          }}
        />
      </label>
      <SessionMessage />
    </section>
  );
}
