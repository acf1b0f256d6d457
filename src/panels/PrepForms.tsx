/**
 * The preparation phase's forms: plan an adviser's breaks, plan who works which
 * channel when, set the dialer, brief the team. Each sends one engine command at
 * the clock start; the engine validates it (a refusal shows as a notice).
 */
import { useState } from 'react';
import type { Scenario } from '../../sim/scenario/schema';
import { channelName } from '../i18n';
import { commandOutcome } from '../i18n/codes';
import { useConsole, useT, useUi } from '../app/context';

export interface PrepAdviser {
  readonly id: string;
  readonly name: string;
}

const TIME = /^\d{1,2}:\d{2}$/;

/** "10:30 10, 12:30 45" → breaks, or null when a part cannot be read. */
export function parseBreaks(text: string): { start: string; minutes: number }[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const out = parts.map((p) => {
    const [start, minutes] = p.split(/\s+/);
    return TIME.test(start ?? '') && Number(minutes) > 0 ? { start, minutes: Number(minutes) } : null;
  });
  return out.every((b) => b !== null) ? (out as { start: string; minutes: number }[]) : null;
}

/** "11:00-13:00, 14:00-17:00" → windows, or null. */
export function parseWindows(text: string): { from: string; to: string }[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const out = parts.map((p) => {
    const [from, to] = p.split(/\s*[-–]\s*/);
    return TIME.test(from ?? '') && TIME.test(to ?? '') ? { from, to } : null;
  });
  return out.length > 0 && out.every((w) => w !== null) ? (out as { from: string; to: string }[]) : null;
}

type Send = (command: Record<string, unknown>) => void;

function AdviserSelect(props: { advisers: readonly PrepAdviser[]; value: string; onChange: (id: string) => void }) {
  const t = useT();
  return (
    <label>
      {t('prep.adviser')}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.advisers.map((a) => (
          <option key={a.id} value={a.id}>{a.name} ({a.id})</option>
        ))}
      </select>
    </label>
  );
}

function BreaksForm({ advisers, send }: { advisers: readonly PrepAdviser[]; send: Send }) {
  const t = useT();
  const [adviserId, setAdviser] = useState(advisers[0]?.id ?? '');
  const [text, setText] = useState('10:30 10, 12:30 45, 15:00 10');
  const breaks = parseBreaks(text);
  return (
    <form className="prep-form" data-testid="prep-breaks" onSubmit={(e) => { e.preventDefault(); if (breaks) send({ type: 'planBreaks', adviserId, breaks }); }}>
      <AdviserSelect advisers={advisers} value={adviserId} onChange={setAdviser} />
      <label>{t('prep.breaks')} <input value={text} onChange={(e) => setText(e.target.value)} aria-invalid={breaks === null} /></label>
      <button type="submit" className="btn" disabled={breaks === null}>{t('prep.planBreaks')}</button>
    </form>
  );
}

function ChannelForm({ advisers, scenario, send }: { advisers: readonly PrepAdviser[]; scenario: Scenario; send: Send }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [adviserId, setAdviser] = useState(advisers[0]?.id ?? '');
  const [channelId, setChannel] = useState(scenario.preparation?.campaignChannelId ?? scenario.channels[0].id);
  const [from, setFrom] = useState(scenario.clock.start);
  const [to, setTo] = useState(scenario.clock.end);
  const ok = TIME.test(from) && TIME.test(to);
  return (
    <form className="prep-form" data-testid="prep-channel" onSubmit={(e) => { e.preventDefault(); if (ok) send({ type: 'planChannel', adviserId, channelId, from, to }); }}>
      <AdviserSelect advisers={advisers} value={adviserId} onChange={setAdviser} />
      <label>
        {t('prep.channel')}{' '}
        <select value={channelId} onChange={(e) => setChannel(e.target.value)}>
          {scenario.channels.map((c) => <option key={c.id} value={c.id}>{channelName(c, lang)}</option>)}
        </select>
      </label>
      <label>{t('prep.from')} <input value={from} size={5} onChange={(e) => setFrom(e.target.value)} /></label>
      <label>{t('prep.to')} <input value={to} size={5} onChange={(e) => setTo(e.target.value)} /></label>
      <button type="submit" className="btn" disabled={!ok}>{t('prep.planChannel')}</button>
    </form>
  );
}

function DialerForm({ scenario, send }: { scenario: Scenario; send: Send }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const outbound = scenario.channels.filter((c) => c.kind === 'outbound');
  const [channelId, setChannel] = useState(outbound[0]?.id ?? '');
  const [mode, setMode] = useState('');
  const [windows, setWindows] = useState('');
  const [attempts, setAttempts] = useState('');
  const [size, setSize] = useState('');
  if (outbound.length === 0) return null;
  const parsed = windows.trim() === '' ? undefined : parseWindows(windows);
  const submit = () => {
    if (parsed === null) return;
    send({
      type: 'configureDialer', channelId,
      ...(mode ? { mode } : {}),
      ...(attempts ? { retry: { maxAttempts: Number(attempts) } } : {}),
      ...(parsed ? { windows: parsed } : {}),
      ...(size ? { listSize: Number(size) } : {}),
    });
  };
  return (
    <form className="prep-form" data-testid="prep-dialer" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label>
        {t('prep.channel')}{' '}
        <select value={channelId} onChange={(e) => setChannel(e.target.value)}>
          {outbound.map((c) => <option key={c.id} value={c.id}>{channelName(c, lang)}</option>)}
        </select>
      </label>
      <label>
        {t('prep.mode')}{' '}
        <select value={mode} onChange={(e) => setMode(e.target.value)}>
          <option value="">{t('prep.mode.keep')}</option>
          <option value="preview">preview</option>
          <option value="progressive">progressive</option>
        </select>
      </label>
      <label>{t('prep.windows')} <input value={windows} placeholder="10:00-13:00, 14:00-17:00" onChange={(e) => setWindows(e.target.value)} aria-invalid={parsed === null} /></label>
      <label>{t('prep.maxAttempts')} <input type="number" min={1} max={20} value={attempts} onChange={(e) => setAttempts(e.target.value)} /></label>
      <label>{t('prep.listSize')} <input type="number" min={1} value={size} onChange={(e) => setSize(e.target.value)} /></label>
      <button type="submit" className="btn" disabled={parsed === null}>{t('prep.configureDialer')}</button>
    </form>
  );
}

function BriefingForm({ scenario, send }: { scenario: Scenario; send: Send }) {
  const t = useT();
  const [minutes, setMinutes] = useState('10');
  const topics = scenario.preparation?.briefing?.topics ?? [];
  return (
    <form className="prep-form" data-testid="prep-briefing" onSubmit={(e) => { e.preventDefault(); if (Number(minutes) > 0) send({ type: 'teamBriefing', minutes: Number(minutes) }); }}>
      <label>{t('prep.briefMinutes')} <input type="number" min={1} max={60} value={minutes} onChange={(e) => setMinutes(e.target.value)} /></label>
      <button type="submit" className="btn">{t('prep.brief')}</button>
      {topics.length > 0 && <span className="muted">{t('prep.topics', { topics: topics.join(', ') })}</span>}
    </form>
  );
}

/** The engine's answer to the last command, in words (the console's notices are under the panel). */
function useLastOutcome(advisers: readonly PrepAdviser[], scenario: Scenario): [string | null, Send] {
  const { controller } = useConsole();
  const lang = useUi((s) => s.lang);
  const t = useT();
  const [last, setLast] = useState<string | null>(null);
  const send: Send = (command) => {
    void controller.submit(command).then((record) => {
      if (!record) return;
      const ctx = { lang, nameOf: (id: string) => advisers.find((a) => a.id === id)?.name, channelOf: (id: string) => channelName(scenario.channels.find((c) => c.id === id), lang, id) };
      const words = commandOutcome(record, ctx, typeof command.adviserId === 'string' ? command.adviserId : undefined);
      setLast(`${t(record.status === 'applied' ? 'prep.applied' : 'prep.refused', { type: record.type })}${words ? ` ${words}` : ''}`);
    });
  };
  return [last, send];
}

export function PrepForms({ advisers, scenario }: { advisers: readonly PrepAdviser[]; scenario: Scenario }) {
  const [last, send] = useLastOutcome(advisers, scenario);
  return (
    <div className="prep-forms">
      <BreaksForm advisers={advisers} send={send} />
      <ChannelForm advisers={advisers} scenario={scenario} send={send} />
      <DialerForm scenario={scenario} send={send} />
      <BriefingForm scenario={scenario} send={send} />
      {last !== null && <p className="prep-last" data-testid="prep-last" role="status">{last}</p>}
    </div>
  );
}
