/**
 * Command outcomes as brief notices over the open space: a refusal with the
 * engine's reason in the user's language (by its code when translated, else
 * the engine's English), a note on an applied one, or why an action is not
 * available. Each fades after a few seconds of wall time; the feed keeps them.
 */
import { useEffect } from 'react';
import type { MessageKey } from '../i18n';
import { channelName } from '../i18n';
import { commandOutcome } from '../i18n/codes';
import { dismissNotice, type Notice } from '../store/uiStore';
import { useConsole, none, useSim, useT, useUi } from '../app/context';

const lifeMs = { rejected: 8000, applied: 3500, info: 5000 } as const;

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const channels = useSim((s) => s.scenario?.channels ?? none);
  const groups = useSim((s) => s.snapshot?.overflow ?? none);
  useEffect(() => {
    const timer = setTimeout(() => dismissNotice(ui, notice.id), lifeMs[notice.tone]);
    return () => clearTimeout(timer);
  }, [ui, notice.id, notice.tone]);
  const name = notice.adviserId ? (advisers.find((a) => a.id === notice.adviserId)?.name ?? notice.adviserId) : null;
  const action = t(`action.${notice.type}` as MessageKey);
  const nameOf = (id: string) => advisers.find((a) => a.id === id)?.name;
  const channelOf = (id: string) => channelName(channels.find((c) => c.id === id), lang, id);
  const detail =
    notice.tone === 'info'
      ? notice.text
      : commandOutcome({ type: notice.type, status: notice.tone, code: notice.code, params: notice.params, reason: notice.text }, { lang, nameOf, channelOf, dayStart, groupOf: (id) => groups.find((g) => g.id === id)?.name }, notice.adviserId ?? undefined);
  const head = notice.tone === 'rejected' ? t('notice.rejected') : notice.tone === 'applied' ? t('notice.applied') : t('notice.notNow');
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'rejected' ? 'alert' : 'status'} data-testid="notice" data-tone={notice.tone}>
      <div>
        <strong>{head}</strong> {action}
        {name ? ` · ${name}` : ''}
        {detail ? <div className="notice-detail">{detail}</div> : null}
      </div>
      <button type="button" className="btn ghost close" aria-label={t('notice.dismiss')} onClick={() => dismissNotice(ui, notice.id)}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useUi((s) => s.notices);
  return (
    <div className="notices">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
