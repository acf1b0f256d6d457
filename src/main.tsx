/** Entry point: stores, the worker controller, React, and `window.__perf` for the perf test. */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './panels/App';
import { ConsoleContext } from './app/context';
import { createSimStore } from './store/simStore';
import { createUiStore, initialLang } from './store/uiStore';
import { createController } from './app/controller';
import { SessionKeeper } from './app/sessions';
import { openSessionDb } from './store/sessionsDb';
import type { PerfSummary } from './app/perf';
import './panels/console.css';
import './panels/debrief.css';

declare global {
  interface Window {
    /** Main-thread milliseconds per snapshot (store update + React + floor render). */
    __perf?: () => PerfSummary;
    /** Starts a fresh measurement window for __perf. */
    __perfReset?: () => void;
    /** The latest snapshot's day figures per channel (lets a test compare the browser's run with Node's). */
    __dayKpis?: () => unknown;
  }
}

const sim = createSimStore();
const ui = createUiStore(initialLang(navigator.language));
// flushSync: React renders inside the timed update, so __perf measures the whole cost.
const sessions = new SessionKeeper(openSessionDb());
const controller = createController(sim, ui, (update) => flushSync(update), sessions);
// The page may go at any moment: write what the session has reached (IndexedDB finishes the write).
window.addEventListener('pagehide', () => controller.saveNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') controller.saveNow();
});
// A reload brings back the last unfinished session, paused; the picker waits until that is known.
sim.setState({ phase: 'loading' });
void sessions.latestUnfinished().then(async (record) => {
  if (record) await controller.resume(record, 'reload');
  else if (sim.getState().view === 'picker' && sim.getState().phase === 'loading') sim.setState({ phase: 'picking' });
});
window.__perf = () => controller.perf.summary();
window.__perfReset = () => controller.perf.reset();
window.__dayKpis = () => sim.getState().snapshot?.channels.map((c) => ({ id: c.id, ...c.today })) ?? null;

createRoot(document.getElementById('root')!).render(
  <ConsoleContext.Provider value={{ sim, ui, controller }}>
    <App />
  </ConsoleContext.Provider>,
);
