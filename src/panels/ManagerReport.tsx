/**
 * Reporting up to the floor manager (chef de plateau), in the action bar when
 * the scenario has one: a subject, the request kind when asking for something,
 * an optional note, and the log of what was reported and what the manager
 * answered (the answers also come in the activity feed).
 */
import { useState } from 'react';
import type { ManagerSnapshot } from '../../sim/model/floorManager';
import type { MessageKey, Translate } from '../i18n';
import { formatTimeOfDay } from '../i18n/format';
import { useConsole, useSim, useT } from '../app/context';
import { Popover } from './Popover';

const subjects = ['incident', 'ruleBreach', 'targetAtRisk', 'request', 'endOfDay', 'endOfWeek'] as const;
const requests = ['overflow', 'overtime', 'callIn'] as const;
const budgetKeys = { overflow: 'overflowMinutes', overtime: 'overtimeMinutes', callIn: 'callIns' } as const;

function budgetText(m: ManagerSnapshot, t: Translate): string {
  const items = requests
    .filter((r) => m.budget[budgetKeys[r]] !== undefined)
    .map((r) => (m.grants.some((g) => g.request === r)
      ? `${t(`manager.request.${r}` as MessageKey)}: ${t('manager.granted')}`
      : t(`manager.budget.${r}` as MessageKey, { used: Math.round(m.used[budgetKeys[r]]), limit: m.budget[budgetKeys[r]]! })));
  return t('manager.budgetLine', { items: items.length > 0 ? items.join(' · ') : t('manager.noBudget') });
}

function ManagerLog({ m, dayStart, t }: { m: ManagerSnapshot; dayStart: number; t: Translate }) {
  const lines = [
    ...m.reports.map((r, i) => ({ at: r.at, key: `r${i}`, text: t('manager.reportLine', { time: formatTimeOfDay(dayStart + r.at), subject: t(`manager.subject.${r.subject}` as MessageKey) }) })),
    ...m.requests.map((r, i) => ({
      at: r.at, key: `q${i}`,
      text: t('manager.requestLine', { time: formatTimeOfDay(dayStart + r.at), request: t(`manager.request.${r.request}` as MessageKey), status: t(`manager.status.${r.status}` as MessageKey) })
        + (r.because ? ` (${t(`manager.because.${r.because}` as MessageKey)})` : ''),
      status: r.status,
    })),
  ].sort((a, b) => a.at - b.at);
  return (
    <div data-testid="manager-log" className="manager-log">
      <p className="muted">{budgetText(m, t)}</p>
      <strong>{t('manager.log')}</strong>
      {lines.length === 0 ? <p className="muted">{t('manager.empty')}</p> : (
        <ul>
          {lines.map((l) => (
            <li key={l.key} data-status={'status' in l ? l.status : 'report'}>{l.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ManagerForm() {
  const t = useT();
  const { controller } = useConsole();
  const m = useSim((s) => s.snapshot?.manager);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const [subject, setSubject] = useState<(typeof subjects)[number]>('incident');
  const [request, setRequest] = useState<(typeof requests)[number]>('overflow');
  const [note, setNote] = useState('');
  if (!m) return null;
  return (
    <div className="popover-body manager-form">
      <p className="muted">{t('manager.help')}</p>
      <label className="popover-row">
        <span>{t('manager.subjectLabel')}</span>
        <select value={subject} data-testid="manager-subject" onChange={(e) => setSubject(e.target.value as (typeof subjects)[number])}>
          {subjects.map((s) => (
            <option key={s} value={s}>{t(`manager.subject.${s}` as MessageKey)}</option>
          ))}
        </select>
      </label>
      {subject === 'request' ? (
        <label className="popover-row">
          <span>{t('manager.requestLabel')}</span>
          <select value={request} data-testid="manager-request" onChange={(e) => setRequest(e.target.value as (typeof requests)[number])}>
            {requests.map((r) => (
              <option key={r} value={r}>{t(`manager.request.${r}` as MessageKey)}</option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="popover-row">
        <span>{t('manager.noteLabel')}</span>
        <textarea value={note} maxLength={500} rows={2} data-testid="manager-note" onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="popover-row">
        <span />
        <button
          type="button"
          className="btn primary"
          data-testid="manager-send"
          onClick={() => {
            const text = note.trim();
            void controller.submit({ type: 'reportToManager', subject, ...(subject === 'request' ? { request } : {}), ...(text ? { note: text } : {}) });
            setNote(''); // the popover stays open: the log below shows the report, then the answer
          }}
        >
          {t('manager.send')}
        </button>
      </div>
      <ManagerLog m={m} dayStart={dayStart} t={t} />
    </div>
  );
}

export function ManagerReport() {
  const t = useT();
  const present = useSim((s) => s.snapshot?.manager !== undefined);
  const pending = useSim((s) => s.snapshot?.manager?.requests.filter((r) => r.status === 'pending').length ?? 0);
  if (!present) return null;
  return (
    <Popover label={pending > 0 ? `${t('manager.open')} · ${pending}` : t('manager.open')} title={t('manager.help')} testId="report-manager">
      {() => <ManagerForm />}
    </Popover>
  );
}
