/**
 * A night shift on an assistance line, 22:00 to 06:00 (the clock runs past
 * midnight: 30:00 is 06:00 the next morning). A storm after midnight doubles the
 * calls while the floor is thinnest; the quiet hours before dawn are for
 * coaching and listen-ins.
 */
import { scenario, staggered, t, team, voiceLine, type LibraryEntry } from '../build';

const id = 'night-shift';

export const nightShift: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      // The whole night: a pause before midnight, the meal when the second team arrives, a pause before dawn.
      ...staggered(4, { skills: { voice: 0.9 }, shift: { start: '22:00', end: '30:00' } }, [
        { at: '23:40', minutes: 10 }, { at: '26:00', minutes: 30, kind: 'lunch' }, { at: '28:10', minutes: 10 },
      ], 15),
      ...staggered(3, { skills: { voice: 0.85 }, shift: { start: '22:00', end: '26:00' } }, [{ at: '23:50', minutes: 10 }]),
      ...staggered(2, { skills: { voice: 0.85 }, shift: { start: '26:00', end: '30:00' } }, [{ at: '27:50', minutes: 10 }]),
      ...staggered(1, { skills: { voice: 0.4 }, shift: { start: '26:00', end: '30:00' }, newHire: true }, [{ at: '28:10', minutes: 10 }]),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Nuit d’assistance : la tempête de 00:30', 'Assistance night: the 00:30 storm'),
      briefing: t(
        "Nuit du vendredi au samedi, 22:00–06:00, plateau d'assistance d'un assureur habitation et auto (dépannage, dégâts des eaux). Sept conseillers de 22:00 à 02:00, puis sept de 02:00 à 06:00 (quatre font toute la nuit ; trois arrivent à 02:00, dont une nouvelle recrue, a10). Les appels sont longs (6 minutes en moyenne) et les clients inquiets. À 00:30, une tempête sur l'ouest double les appels pendant une heure et demie : message d'incident sur le serveur vocal, briefing court de l'équipe, mains levées traitées vite. Les heures calmes après 02:30 servent au coaching de la recrue et aux écoutes qualité. Travail de nuit (21:00–06:00) : les pauses de 10 minutes sont planifiées vers 23:40 et 04:10, le repas de 30 minutes des conseillers de toute la nuit à partir de 02:00, décalés entre conseillers ; 20 minutes consécutives avant 6 heures de travail. Objectifs : 80 % des appels en 20 s, moins de 5 % d'abandons.",
        "Friday night into Saturday, 22:00–06:00, a home and motor insurer's assistance floor (breakdowns, water damage). Seven advisers from 22:00 to 02:00, then seven from 02:00 to 06:00 (four work the whole night; three arrive at 02:00, among them a new hire, a10). Calls are long (6 minutes on average) and callers anxious. At 00:30 a storm in the west doubles the calls for an hour and a half: IVR incident message, a short team briefing, raised hands answered quickly. The quiet hours after 02:30 are for coaching the new hire and quality listen-ins. Night work (21:00–06:00): 10-minute pauses are planned around 23:40 and 04:10, the whole-night advisers' 30-minute meal from 02:00, staggered between advisers; 20 consecutive minutes before 6 hours of work. Targets: 80% of calls within 20 s, under 5% abandons.",
      ),
      seed: 20261211,
      clock: { start: '22:00', end: '30:00' },
      channels: [
        voiceLine({
          name: t('Assistance 24 h/24', '24-hour assistance'),
          steps: [['22:00', 45], ['23:00', 35], ['24:00', 28], ['26:00', 14], ['28:00', 16], ['29:00', 28]],
          aht: 300,
          patience: 300,
          extra: { wrapUp: { dist: 'gamma', mean: 60, cv: 0.5 }, difficultShare: 0.08 },
        }),
      ],
      team: advisers,
      events: [
        { type: 'incident', at: '24:30', minutes: 90, channelId: 'voice', surge: 2, label: t('Tempête sur l’ouest : dégâts et pannes', 'Storm in the west: damage and breakdowns') },
        { type: 'vipComplaint', at: '27:15', channelId: 'voice' },
      ],
      weights: { resources: 0.4, people: 0.35, improvement: 0.25 },
    });
  },
};
