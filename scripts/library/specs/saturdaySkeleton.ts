/**
 * A Saturday on a skeleton team: ten advisers in three short, staggered shifts,
 * so never more than seven on the floor. The opening hour, with four people,
 * and an afternoon no-show are where it hurts.
 */
import { chatQueue, scenario, staggered, t, team, voiceLine, type LibraryEntry } from '../build';

const id = 'saturday-skeleton';
const morning = { start: '09:00', end: '13:00' };
const middle = { start: '11:00', end: '17:00' };
const afternoon = { start: '13:00', end: '17:00' };

export const saturdaySkeleton: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      // Breaks are planned one at a time, so the morning's four are never fewer than three.
      ...staggered(3, { skills: { voice: 0.9, chat: 0.7 }, shift: morning, routingProfile: { voice: 1, chat: 2 } }, [{ at: '10:40', minutes: 10 }]),
      ...staggered(1, { skills: { chat: 0.9, voice: 0.7 }, shift: morning, routingProfile: { chat: 1, voice: 2 } }, [{ at: '11:10', minutes: 10 }]),
      ...staggered(2, { skills: { voice: 0.9, chat: 0.75 }, shift: middle, routingProfile: { voice: 1, chat: 2 } }, [
        { at: '12:30', minutes: 10 }, { at: '14:00', minutes: 30, kind: 'lunch' }, { at: '15:50', minutes: 10 },
      ], 30),
      ...staggered(1, { skills: { chat: 0.9, voice: 0.75 }, shift: middle, routingProfile: { chat: 1, voice: 2 } }, [
        { at: '12:40', minutes: 10 }, { at: '15:00', minutes: 30, kind: 'lunch' },
      ]),
      ...staggered(3, { skills: { voice: 0.85, chat: 0.7 }, shift: afternoon, routingProfile: { voice: 1, chat: 2 } }, [{ at: '14:50', minutes: 10 }]),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Samedi en équipe réduite', 'Saturday on a skeleton team'),
      briefing: t(
        "Samedi 5 décembre, 09:00–17:00, service clients d'une enseigne d'électroménager, veille des livraisons du week-end. Dix conseillers en trois vacations : quatre de 09:00 à 13:00, trois de 11:00 à 17:00, trois de 13:00 à 17:00 ; jamais plus de sept en même temps. De 09:00 à 11:00, quatre conseillers seulement pour 40 à 50 appels par heure et le chat : c'est la plage la plus fragile. Vous êtes aussi seul·e pour les mains levées. Leviers : heures supplémentaires pour prolonger la vacation du matin, faire venir plus tôt un conseiller de l'après-midi, basculer un conseiller du chat vers la voix, prioriser les files. Objectifs : voix 80 % en 20 s, chat 80 % en 60 s, moins de 5 % d'abandons, aucune infraction aux règles de pause. Un conseiller de l'après-midi risque de ne pas venir : surveillez la prise de poste de 13:00.",
        "Saturday 5 December, 09:00–17:00, a home-appliance retailer's customer service, the day before weekend deliveries. Ten advisers in three shifts: four from 09:00 to 13:00, three from 11:00 to 17:00, three from 13:00 to 17:00; never more than seven at once. From 09:00 to 11:00, only four advisers for 40 to 50 calls an hour plus chat: the most fragile stretch. You are alone for raised hands too. Levers: overtime to extend the morning shift, calling an afternoon adviser in early, moving a chat adviser to voice, queue priorities. Targets: voice 80% within 20 s, chat 80% within 60 s, under 5% abandons, no breach of the break rules. One afternoon adviser may not turn up: watch the 13:00 log-ins.",
      ),
      seed: 20261205,
      date: '2026-12-05',
      clock: { start: '09:00', end: '17:00' },
      channels: [
        voiceLine({ steps: [['09:00', 40], ['10:00', 50], ['11:00', 60], ['13:00', 50], ['15:00', 40], ['16:00', 30]] }),
        chatQueue([['09:00', 6], ['11:00', 10], ['14:00', 8]]),
      ],
      team: advisers,
      events: [
        { type: 'absence', at: '13:00', adviserId: 'a09' },
        { type: 'vipComplaint', at: '15:30', channelId: 'voice' },
      ],
      weights: { resources: 0.45, people: 0.3, improvement: 0.25 },
    });
  },
};
