/**
 * An IT outage: a surge of calls about it and a slow CRM at the same time. The
 * IVR incident message, a briefing, the callback offer and the outsourcer are
 * the levers; opening the overflow costs, so it pays only while the queue needs it.
 */
import { callbackOffer, callbackQueue, outsourcer, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'it-outage-surge';

export const itOutageSurge: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(9, { skills: { voice: 0.9, callback: 0.85 }, routingProfile: { voice: 1, callback: 2 } }),
      ...times(3, { skills: { voice: 0.8, callback: 0.9 }, routingProfile: { callback: 1, voice: 2 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Panne informatique : l’afflux d’appels', 'IT outage: the call surge'),
      briefing: t(
        "Mardi, 08:00–14:00, service clients d'un opérateur mobile. À 09:30 l'espace client en ligne et l'application tombent en panne pendant deux heures : les clients qui ne peuvent plus payer ni consulter leur forfait appellent (60 % d'appels en plus), et l'outil de gestion ralentit pendant la première heure (traitement 25 % plus long). Vos leviers : le message d'incident du serveur vocal (il répond seul à une partie des appelants), un briefing de l'équipe pour que tous donnent la même réponse, l'offre de rappel (au-delà de 90 s d'attente estimée ; 3 conseillers traitent les rappels en priorité) et le Prestataire Atlantique, qui prend les appels après 45 s d'attente à 6,50 € l'appel (budget 400 €). Objectifs : 80 % des appels en 20 s, 90 % des rappels dans l'heure, moins de 5 % d'abandons. Refermez le débordement quand la file revient sous l'objectif ; gardez les pauses de 10 minutes et le déjeuner.",
        "Tuesday, 08:00–14:00, a mobile operator's customer service. At 09:30 the online account and the app go down for two hours: customers who can no longer pay or check their plan call in (60% more calls), and the CRM slows down for the first hour (handling 25% longer). Your levers: the IVR incident message (it answers some callers on its own), a team briefing so that everyone gives the same answer, the callback offer (past an estimated 90 s wait; 3 advisers take callbacks first) and Prestataire Atlantique, which takes calls after a 45 s wait at €6.50 a call (budget €400). Targets: 80% of calls within 20 s, 90% of callbacks within the hour, under 5% abandons. Close the overflow once the queue is back on target; keep the 10-minute pauses and lunch.",
      ),
      seed: 20261208,
      clock: { start: '08:00', end: '14:00' },
      channels: [
        voiceLine({
          steps: [['08:00', 65], ['08:30', 80], ['09:00', 90], ['10:00', 95], ['11:00', 85], ['12:00', 70], ['13:00', 60]],
          extra: { ivr: { deflection: 0.05 }, ...callbackOffer(90) },
        }),
        callbackQueue(),
      ],
      team: advisers,
      overflow: [outsourcer(['voice'], { capacity: 4 })],
      events: [
        { type: 'incident', at: '09:30', minutes: 120, channelId: 'voice', surge: 1.6, label: t('Panne de l’espace client et de l’application', 'Online account and app outage') },
        { type: 'systemSlowdown', at: '09:30', minutes: 60, handleTimeFactor: 1.25, label: t('Outil de gestion ralenti', 'CRM slowdown') },
      ],
      weights: { resources: 0.5, people: 0.2, improvement: 0.3 },
    });
  },
};
