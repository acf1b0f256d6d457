/**
 * Builds the shift report's model from a scenario, a run's result and the
 * trainee's text: KPIs against targets, intervals, events, actions, admin
 * data, breaches, the score with its entries, the comparison with doing
 * nothing, and the trainee's analysis and proposals.
 */
import { clockOf, secondsOf } from './clock';
import { formatCell } from './format';
import type { ChannelKpis, ScoreBlock } from '../snapshot';
import { label, maybeLabel, type Params, type ReportLabel } from './labels';
import { column, num, type Cell, type ReportInput, type ReportModel, type Section, type TableSection } from './model';

const blocks: readonly ScoreBlock[] = ['resources', 'people', 'improvement'];

function detailOf(command: Readonly<Record<string, unknown>>, names: (id: string) => string): string {
  return Object.entries(command)
    .filter(([k]) => k !== 'type' && k !== 'at')
    .map(([k, v]) => `${k}=${k === 'adviserId' && typeof v === 'string' ? names(v) : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

export function buildReport(input: ReportInput): ReportModel {
  const { scenario, result, lang } = input;
  const t = (key: ReportLabel, params?: Params) => label(lang, key, params);
  const dayStart = secondsOf(scenario.clock.start);
  const at = (seconds: number) => clockOf(dayStart + seconds);
  const names = (id: string) => input.adviserNames?.[id] ?? id;
  const channelLabel = (id: string) => {
    const c = scenario.channels.find((ch) => ch.id === id);
    return c?.name?.[lang] ?? c?.name?.en ?? id;
  };
  const table = (id: string, title: ReportLabel, columns: [string, ReportLabel][], rows: Cell[][]): TableSection => ({
    kind: 'table', id, title: t(title), columns: columns.map(([key, l]) => column(key, t, l)), rows,
  });
  // Numbers in the report's own sentences in the language's format (83,4 in French); a text param's
  // French variant (`subjectFr` beside `subject`) in French, as the console does.
  const localParams = (params: Params): Params =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => {
      const frVariant = params[`${k}Fr`];
      if (lang === 'fr' && typeof frVariant === 'string') return [k, frVariant];
      return [k, typeof v === 'number' ? formatCell(num(v, Number.isInteger(v) ? 'count' : 'points'), lang) : k === 'channel' ? channelLabel(v) : v];
    }));
  // A missed moment may name a duty by its score entry's code (handUnanswered…): its words serve.
  const entryText = (kind: 'entry' | 'missed', code: string, params: Params, english: string) =>
    input.translate?.(kind, code, params) ?? maybeLabel(lang, `${kind}.${code}`, localParams(params)) ?? (kind === 'missed' ? maybeLabel(lang, `entry.${code}`, localParams(params)) : undefined) ?? english;
  const score = result.score;

  const summary = table('summary', 'section.summary', [['item', 'col.what'], ['value', 'col.value']], [
    [t('kpi.total'), num(score.total, 'points')],
    ...blocks.map((b): Cell[] => [t(`block.${b}`), num(score.byBlock[b], 'points')]),
    ...scenario.channels.map((c): Cell[] => [`${t('kpi.serviceLevel')} · ${channelLabel(c.id)}`, num(result.kpis.byChannel[c.id]?.serviceLevel, 'percent')]),
    [t('kpi.occupancy'), num(result.kpis.occupancy, 'percent')],
  ]);

  // One row per channel, KPIs side by side (CSAT when some customers answered the survey).
  const withCsat = scenario.channels.some((c) => (result.kpis.byChannel[c.id]?.csatResponses ?? 0) > 0);
  const kpiColumns: [string, ReportLabel][] = [
    ['channel', 'col.channel'], ['offered', 'kpi.offered'], ['serviceLevel', 'kpi.serviceLevel'], ['target', 'col.target'], ['status', 'col.status'],
    ['asa', 'kpi.asa'], ['abandonRate', 'kpi.abandonRate'], ['aht', 'kpi.aht'], ...(withCsat ? [['csat', 'kpi.csat'] as [string, ReportLabel]] : []),
    ['onTimeShare', 'kpi.onTimeShare'], ['occupancy', 'kpi.occupancy'],
  ];
  const kpiRows: Cell[][] = [];
  for (const c of scenario.channels) {
    const k = result.kpis.byChannel[c.id];
    if (!k) continue;
    const target = c.serviceLevel.target;
    const status = k.serviceLevel === null ? null : t(k.serviceLevel >= target ? 'status.met' : 'status.missed');
    kpiRows.push([
      channelLabel(c.id), num(k.offered, 'count'), num(k.serviceLevel, 'percent'), num(target, 'percent'), status,
      num(k.asa, 'seconds'), num(k.abandonRate, 'percent'), num(k.aht, 'seconds'), ...(withCsat ? [num(k.csat, 'decimal')] : []),
      c.kind === 'email' ? num(k.onTimeShare, 'percent') : null, null,
    ]);
  }
  kpiRows.push([t('team'), ...kpiColumns.slice(1, -1).map(() => null), num(result.kpis.occupancy, 'percent')]);
  const kpis = table('kpis', 'section.kpis', kpiColumns, kpiRows);

  const intervals = table('intervals', 'section.intervals',
    [['channel', 'col.channel'], ['interval', 'col.interval'], ['offered', 'col.offered'], ['answered', 'col.answered'], ['abandoned', 'col.abandoned'], ['serviceLevel', 'kpi.serviceLevel'], ['asa', 'kpi.asa'], ['aht', 'kpi.aht'], ['occupancy', 'kpi.occupancy']],
    result.kpis.byInterval.filter((i) => !i.warmup).map((i) => [
      channelLabel(i.channelId), i.start.slice(0, 5), num(i.offered, 'count'), num(i.answered, 'count'), num(i.abandoned, 'count'),
      num(i.serviceLevel, 'percent'), num(i.asa, 'seconds'), num(i.aht, 'seconds'), num(i.occupancy, 'percent'),
    ]));

  const events = table('events', 'section.events', [['time', 'col.time'], ['type', 'col.type'], ['detail', 'col.detail']],
    (scenario.events ?? []).map((e) => {
      const parts: string[] = [];
      if ('label' in e && e.label) parts.push(e.label[lang]);
      if ('channelId' in e) parts.push(channelLabel(e.channelId));
      if ('adviserId' in e) parts.push(names(e.adviserId));
      if ('minutes' in e) parts.push(`${e.minutes} min`);
      if ('surge' in e) parts.push(`×${e.surge}`);
      if ('handleTimeFactor' in e) parts.push(`×${e.handleTimeFactor}`);
      if ('probability' in e) parts.push(`p=${e.probability}`);
      return ['at' in e ? e.at.slice(0, 5) : null, maybeLabel(lang, `event.${e.type}`) ?? e.type, parts.join(' · ')];
    }));
  const activity = table('activity', 'section.activity', [['code', 'col.code'], ['count', 'col.count']],
    Object.entries(result.activityCounts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, n]) => [code, num(n, 'count')]));

  const actions = table('actions', 'section.actions', [['time', 'col.time'], ['type', 'col.type'], ['status', 'col.status'], ['detail', 'col.detail'], ['reason', 'col.reason']],
    result.commands.map((c) => [at(c.at), c.type, t(c.status === 'applied' ? 'status.applied' : 'status.rejected'), detailOf(c.command, names), c.reason ?? null]));

  const admin = table('admin', 'section.admin', [['time', 'col.time'], ['kind', 'col.type'], ['adviser', 'col.adviser'], ['minutes', 'col.minutes'], ['reason', 'col.reason'], ['source', 'col.source']],
    result.admin.map((a) => [at(a.at), t(a.kind === 'absence' ? 'kind.absence' : 'kind.lateness'), names(a.adviserId), a.minutes === undefined ? null : num(a.minutes, 'count'), a.reason ?? null, t(a.source === 'supervisor' ? 'source.supervisor' : 'source.observed')]));
  const costs = table('costs', 'section.costs', [['item', 'col.what'], ['amount', 'col.amount']], [
    [t('cost.overflow'), num(result.costs.overflow, 'money')],
    [t('cost.overtime'), num(result.costs.overtime, 'money')],
    [t('cost.total'), num(result.costs.overflow + result.costs.overtime, 'money')],
  ]);
  const recordings = table('recordings', 'section.recordings', [['time', 'col.time'], ['adviser', 'col.adviser'], ['contact', 'col.contact'], ['keepDays', 'col.keepDays']],
    result.recordings.map((r) => [at(r.at), names(r.adviserId), String(r.contactId), num(r.keepUntilDays, 'count')]));
  const breaches = table('breaches', 'section.breaches', [['time', 'col.time'], ['rule', 'col.rule'], ['detail', 'col.detail']],
    result.breaches.map((b) => [at(b.at), b.rule, b.adviserId ? names(b.adviserId) : b.channelId ? `${channelLabel(b.channelId)} #${b.recordId}` : null]));

  const scoreTable = table('score', 'section.score', [['block', 'col.block'], ['points', 'col.points'], ['weight', 'col.weight']], [
    ...blocks.map((b): Cell[] => [t(`block.${b}`), num(score.byBlock[b], 'points'), num(score.weights[b], 'percent')]),
    [t('kpi.total'), num(score.total, 'points'), null],
  ]);
  const entries = table('entries', 'section.entries', [['time', 'col.time'], ['block', 'col.block'], ['points', 'col.points'], ['text', 'col.detail']],
    score.entries.map((e) => [at(e.at), t(`block.${e.block}`), num(e.points, 'points', true), entryText('entry', e.code, e.params, e.text)]));
  const missed = table('missed', 'section.missed', [['time', 'col.time'], ['minutes', 'col.minutes'], ['text', 'col.detail'], ['lever', 'col.lever']],
    score.missed.map((m) => [at(m.at), num(m.minutes, 'count'), entryText('missed', m.code, m.params, m.text), maybeLabel(lang, `lever.${m.lever}`) ?? m.lever]));

  const sections: Section[] = [summary, kpis, intervals, events, activity, actions, admin, costs, recordings, breaches, scoreTable, entries, missed, baselineSection(input, table, channelLabel)];
  sections.push({ kind: 'text', id: 'analysis', title: t('section.analysis'), text: input.analysis?.trim() ?? '' });
  sections.push({ kind: 'text', id: 'proposals', title: t('section.proposals'), text: input.proposals?.trim() ?? '' });

  return {
    lang,
    title: t('report.title'),
    subtitle: t('report.subtitle', { scenario: scenario.title[lang], day: scenario.date ?? '', start: scenario.clock.start, end: scenario.clock.end }).replace(' ·  · ', ' · '),
    meta: t('report.seed', { seed: result.seed, engine: result.engineVersion, hash: result.resultHash }),
    scenario: result.scenario,
    seed: result.seed,
    score: { total: score.total, byBlock: score.byBlock },
    sections,
  };
}

type TableMaker = (id: string, title: ReportLabel, columns: [string, ReportLabel][], rows: Cell[][]) => TableSection;

/** Your shift against the ghost run: the score, then each channel's KPIs, with the difference. */
function baselineSection(input: ReportInput, table: TableMaker, channelLabel: (id: string) => string): TableSection {
  const { result, lang } = input;
  const base = result.baseline;
  const cols: [string, ReportLabel][] = [['kpi', 'col.kpi'], ['yours', 'col.yours'], ['ghost', 'col.ghost'], ['difference', 'col.difference']];
  if (!base) return table('baseline', 'section.baseline', cols, [[label(lang, 'noBaseline'), null, null, null]]);
  const diff = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? null : a - b);
  const row = (name: string, a: number | null | undefined, b: number | null | undefined, f: 'percent' | 'seconds' | 'points' | 'decimal'): Cell[] => [name, num(a, f), num(b, f), num(diff(a, b), f, true)];
  const rows: Cell[][] = [
    row(label(lang, 'kpi.total'), result.score.total, base.score.total, 'points'),
    ...blocks.map((b) => row(label(lang, `block.${b}`), result.score.byBlock[b], base.score.byBlock[b], 'points')),
  ];
  for (const c of input.scenario.channels) {
    const mine: ChannelKpis | undefined = result.kpis.byChannel[c.id];
    const ghost: ChannelKpis | undefined = base.kpis.byChannel[c.id];
    if (!mine || !ghost) continue;
    const name = (k: ReportLabel) => `${label(lang, k)} · ${channelLabel(c.id)}`;
    rows.push(row(name('kpi.serviceLevel'), mine.serviceLevel, ghost.serviceLevel, 'percent'));
    rows.push(row(name('kpi.asa'), mine.asa, ghost.asa, 'seconds'));
    rows.push(row(name('kpi.abandonRate'), mine.abandonRate, ghost.abandonRate, 'percent'));
    rows.push(row(name('kpi.aht'), mine.aht, ghost.aht, 'seconds'));
    if (mine.csatResponses > 0 || ghost.csatResponses > 0) rows.push(row(name('kpi.csat'), mine.csat, ghost.csat, 'decimal'));
  }
  rows.push(row(label(lang, 'kpi.occupancy'), result.kpis.occupancy, base.kpis.occupancy, 'percent'));
  return table('baseline', 'section.baseline', cols, rows);
}
