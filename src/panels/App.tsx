/**
 * The console layout: KPIs on top, the centre's levers under them, the open
 * space in the centre, queues and alerts at the side, list and feed below;
 * the debrief over it all once the shift has ended (in a campaign, the end-of-day screen).
 */
import { lazy, Suspense, useEffect } from 'react';
import { FloorCanvas } from '../floor/FloorCanvas';
import { ActionBar } from './ActionBar';
import { ActivityFeed } from './ActivityFeed';
import { AdviserCard } from './AdviserCard';
import { AdviserList } from './AdviserList';
import { AlertsPanel } from './AlertsPanel';
import { AssessorView } from './AssessorView';
import { CandidatesPanel } from './CandidatesPanel';
import { useSim, useUi } from '../app/context';
import { ContextMenu } from './ContextMenu';
import { Debrief } from './Debrief';
import { DayEndScreen } from './DayEnd';
import { Dashboard } from './Dashboard';
import { ErrorPanel } from './ErrorPanel';
import { IntervalChart } from './IntervalChart';
import { KpiBoard } from './KpiBoard';
import { Notices } from './Notices';
import { PrepPanel } from './PrepPanel';
import { QueuePanel } from './QueuePanel';
import { RaisedHands } from './RaisedHands';
import { ScenarioPicker } from './ScenarioPicker';
import { SessionBanner } from './SessionBanner';
import { TopBar } from './TopBar';
import { useKeyboard } from './useKeyboard';

// The lab (its charts, its worker pool) loads only when a manager opens it.
const LabView = lazy(() => import('./LabView'));

function Console() {
  return (
    <div className="console">
      <TopBar />
      <KpiBoard />
      <ActionBar />
      <div className="middle">
        <FloorCanvas>
          <RaisedHands />
          <Notices />
          <SessionBanner />
        </FloorCanvas>
        <aside className="side">
          <QueuePanel />
          <AlertsPanel />
          <CandidatesPanel />
          <AdviserCard />
        </aside>
      </div>
      <div className="bottom">
        <AdviserList />
        <IntervalChart />
        <ActivityFeed />
      </div>
      <ContextMenu />
      <Debrief />
      <DayEndScreen />
      <Dashboard />
      <PrepPanel />
    </div>
  );
}

export function App() {
  const view = useSim((s) => s.view);
  const lang = useUi((s) => s.lang);
  useKeyboard();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <>
      {view === 'console' ? <Console /> : view === 'assessor' ? <AssessorView /> : view === 'lab' ? <Suspense fallback={null}><LabView /></Suspense> : <ScenarioPicker />}
      <ErrorPanel />
    </>
  );
}
