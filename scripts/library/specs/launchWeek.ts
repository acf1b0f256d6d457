/**
 * A five-day run, Monday to Friday: the launch week of a new offer. Monday's
 * mailing brings the most calls and the volume eases through the week; emails
 * not answered one day are there the next morning, older; callers who gave up
 * try again; two new hires join on Wednesday and ramp up by Friday. Six
 * candidates are on offer for two more positions (recruitment, block 2.1).
 */
import { candidates } from '../candidates';
import { callbackOffer, callbackQueue, emailQueue, nameOf, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'launch-week';

export const launchWeek: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(6, { skills: { voice: 0.85, callback: 0.8 }, routingProfile: { voice: 1, callback: 2 } }),
      ...times(2, { skills: { email: 0.9, voice: 0.7 }, routingProfile: { email: 1, voice: 2 } }),
      { skills: { voice: 0.4 }, newHire: true },
      { skills: { voice: 0.35 }, newHire: true },
    ]);
    const hires = ['a09', 'a10'].map((a) => `${nameOf(advisers, a)} (${a})`);
    return scenario({
      id,
      purpose: 'training',
      title: t('Semaine de lancement : cinq jours, deux recrues', 'Launch week: five days, two new hires'),
      briefing: t(
        `Du lundi 1er au vendredi 5 juin 2026, 08:00–17:00, service clients d'un fournisseur d'énergie qui lance une nouvelle offre. Le publipostage de lundi amène le plus d'appels ; le volume baisse au fil de la semaine. Ce qui reste le soir est là le lendemain : e-mails (avec leur âge), rappels promis, clients qui rappellent. ${hires[0]} et ${hires[1]} rejoignent le plateau mercredi : coachez-les pour qu'ils montent en compétence d'ici vendredi. Six candidats postulent pour deux postes de plus : présélectionnez, recevez-les en entretien (une demi-heure de votre temps) et recrutez, pour une arrivée un jour suivant. Votre chef de plateau attend vos signalements (incident, infraction, objectif menacé) dans le quart d'heure, le bilan de chaque fin de journée et celui de la semaine vendredi ; au-delà d'une heure d'heures supplémentaires ou d'un rappel de personnel par jour, il faut son accord. Objectifs : 80 % des appels en 20 s, 90 % des e-mails dans les délais, chaque jour.`,
        `Monday 1 to Friday 5 June 2026, 08:00–17:00, the customer service of an energy supplier launching a new offer. Monday's mailing brings the most calls; the volume eases through the week. What is left in the evening is there the next morning: emails (with their age), promised callbacks, customers calling again. ${hires[0]} and ${hires[1]} join the floor on Wednesday: coach them so they are up to speed by Friday. Six candidates apply for two more positions: shortlist, interview (half an hour of your time) and hire, to start on a later day. Your floor manager expects your reports (an incident, a rule breach, a target at risk) within a quarter of an hour, an end-of-day report every evening and the week's on Friday; past an hour of overtime or one call-in a day, you need their agreement. Targets: 80% of calls within 20 s, 90% of emails on time, every day.`,
      ),
      seed: 20260601,
      date: '2026-06-01',
      multiDay: {
        days: 5,
        weekdayProfile: { monday: 1.25, tuesday: 1.1, wednesday: 1, thursday: 0.95, friday: 0.9 },
        dayToDaySpread: 0.08,
      },
      clock: { start: '08:00', end: '17:00' },
      channels: [
        voiceLine({ steps: [['08:00', 55], ['09:00', 75], ['10:00', 80], ['12:00', 55], ['14:00', 65], ['16:00', 45]], extra: { ...callbackOffer(90), retrialNextDay: 0.15 } }),
        callbackQueue(),
        emailQueue({ perHour: 12, backlog: { count: 25, meanAgeHours: 20 } }),
      ],
      team: advisers,
      // Six candidates for two more positions: hired from Tuesday at the earliest, on the team's day shift.
      recruitment: {
        candidates: candidates(20260601, 6, advisers.advisers.map((a) => a.name)),
        hiring: { positions: 2, shift: { start: '08:00', end: '16:00' }, skills: ['voice', 'callback'] },
      },
      floorManager: { reportWithinMinutes: 15, answerAfterMinutes: 5, budget: { overtimeMinutes: 60, callIns: 1 } },
      events: [
        { day: 3, type: 'newHire', at: '08:00', adviserId: 'a09' },
        { day: 3, type: 'newHire', at: '08:00', adviserId: 'a10' },
        { day: 4, type: 'systemSlowdown', at: '14:00', minutes: 45, handleTimeFactor: 1.3 },
      ],
      weights: { resources: 0.4, people: 0.35, improvement: 0.25 },
    });
  },
};
