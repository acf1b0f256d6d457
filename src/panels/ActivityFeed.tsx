/**
 * The activity feed, newest first: what the engine logged (advisers' breaks,
 * raised hands, the supervisor's actions, breaches in red), the alerts as they
 * were raised, and each command's outcome with the reason of a refusal.
 */
import { memo, useMemo } from 'react';
import type { ActivityEntry, AdviserSnapshot } from '../../sim/snapshot';
import { channelName, type Lang, type MessageKey, type Translate } from '../i18n';
import { commandOutcome, translateCode } from '../i18n/codes';
import { formatClock } from '../i18n/format';
import { feedView, type FeedItem, type FeedLine } from '../store/feed';
import { palette } from '../theme/stateStyle';
import { alertText } from './alertText';
import { none, useConsole, useSim, useT, useUi } from '../app/context';
import { Icon } from './StateIcon';
import type { ScenarioSummary } from '../worker/protocol';

interface Ctx {
  readonly t: Translate;
  readonly lang: Lang;
  readonly scenario: ScenarioSummary | null;
  readonly nameOf: (id: string) => string | undefined;
  readonly channelOf: (id: string) => string | undefined;
  readonly groupOf: (id: string) => string | undefined;
  readonly dayStart: number;
}

function Entry({ entry, ctx }: { entry: ActivityEntry; ctx: Ctx }) {
  const text = translateCode('activity', entry.code, entry.params, entry.text, ctx, entry.adviserId);
  if (entry.severity === 'breach') {
    return (
      <span>
        <Icon name="alert" colour={palette.alert} size={12} title={ctx.t('feed.breach')} /> <strong className="breach-label">{ctx.t('feed.breach')}</strong> {text}
      </span>
    );
  }
  return (
    <span>
      {entry.severity === 'warning' ? (
        <>
          <Icon name="alert" colour={palette.raisedHand} size={12} title={ctx.t('feed.warning')} />{' '}
        </>
      ) : null}
      {text}
    </span>
  );
}

function Command({ item, ctx }: { item: Extract<FeedItem, { kind: 'command' }>; ctx: Ctx }) {
  const name = item.adviserId ? (ctx.nameOf(item.adviserId) ?? item.adviserId) : null;
  const reason = commandOutcome(item, ctx, item.adviserId ?? undefined);
  return (
    <span>
      <strong>{ctx.t(`action.${item.type}` as MessageKey)}</strong>
      {name ? ` · ${name}` : ''} ·{' '}
      <span className={item.status === 'rejected' ? 'rejected' : 'applied'}>{ctx.t(item.status === 'applied' ? 'feed.applied' : 'feed.rejected')}</span>
      {reason ? <span className={item.status === 'rejected' ? 'reason' : 'muted'}> ({reason})</span> : null}
    </span>
  );
}

/** One line; memoised, so a new entry renders only itself. */
const Line = memo(function Line({ line, ctx }: { line: FeedLine; ctx: Ctx }) {
  return (
    <li className={line.kind === 'activity' ? `feed-activity feed-${line.entry.severity}` : `feed-${line.kind}`}>
      <time>{formatClock(line.clockSeconds).slice(0, 5)}</time>
      {line.kind === 'activity' ? (
        <Entry entry={line.entry} ctx={ctx} />
      ) : line.kind === 'alert' ? (
        <span>
          <Icon name="alert" colour={line.alert.severity === 'alert' ? palette.alert : palette.raisedHand} size={12} /> {alertText(line.alert, ctx.t, ctx.lang, ctx.scenario).what}
        </span>
      ) : (
        <Command item={line} ctx={ctx} />
      )}
    </li>
  );
});

const namesOf = new WeakMap<readonly AdviserSnapshot[], ReadonlyMap<string, string>>();

/** Adviser names by id, built once per adviser list (a feed of 200 lines on a floor of 500 asks often). */
function adviserNames(advisers: readonly AdviserSnapshot[]): ReadonlyMap<string, string> {
  let names = namesOf.get(advisers);
  if (!names) {
    names = new Map(advisers.map((a) => [a.id, a.name]));
    namesOf.set(advisers, names);
  }
  return names;
}

export function ActivityFeed() {
  const t = useT();
  const { sim } = useConsole();
  const lang = useUi((s) => s.lang);
  const feed = useSim((s) => s.feed);
  const activity = useSim((s) => s.snapshot?.activity ?? none);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const scenario = useSim((s) => s.scenario);
  const lines = useMemo(() => feedView(activity, feed, dayStart), [activity, feed, dayStart]);
  // Names do not change during a shift: they are looked up in the latest snapshot when a line renders, so the
  // feed does not follow the adviser list (which changes with nearly every snapshot) and the context stays put.
  const ctx: Ctx = useMemo(
    () => ({
      t,
      lang,
      scenario,
      dayStart,
      nameOf: (id) => adviserNames(sim.getState().snapshot?.advisers ?? none).get(id),
      channelOf: (id) => channelName(scenario?.channels.find((c) => c.id === id), lang, id),
      groupOf: (id) => sim.getState().snapshot?.overflow.find((g) => g.id === id)?.name,
    }),
    [t, lang, scenario, dayStart, sim],
  );
  return (
    <section className="panel feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('feed.title')}</h2>
      {lines.length === 0 ? <p className="muted">{t('feed.empty')}</p> : null}
      <ol data-testid="activity-feed">
        {lines.map((line) => (
          <Line key={line.key} line={line} ctx={ctx} />
        ))}
      </ol>
    </section>
  );
}
