/**
 * A short two-day run, Thursday and Friday mornings: what Thursday leaves (emails
 * not answered, callbacks promised, callers who gave up) is there on Friday at
 * opening. Short on purpose: a first look at playing day after day.
 */
import { callbackOffer, callbackQueue, emailQueue, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'two-mornings';

export const twoMornings: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(7, { skills: { voice: 0.85, callback: 0.8 }, routingProfile: { voice: 1, callback: 2 } }),
      ...times(3, { skills: { email: 0.9, voice: 0.7 }, routingProfile: { email: 1, voice: 2 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Deux matinées : ce que jeudi laisse à vendredi', 'Two mornings: what Thursday leaves for Friday'),
      briefing: t(
        "Jeudi 11 et vendredi 12 juin 2026, 08:00–12:00, service clients d'une mutuelle. Deux matinées courtes, jouées l'une après l'autre : ce qui reste à midi jeudi est là vendredi à l'ouverture. Les e-mails non traités gardent leur âge, les rappels promis sont à faire, une partie des clients qui ont raccroché rappellent le lendemain. Dix conseillers : sept sur la ligne et les rappels, trois sur les e-mails (ils prennent la ligne quand elle déborde). Jeudi, un conseiller est absent à l'ouverture ; vendredi, le logiciel ralentit vers 10:00. Objectifs : 80 % des appels en 20 s, 90 % des e-mails dans les délais, chaque matin ; regardez l'écran de fin de journée avant de lancer le lendemain.",
        "Thursday 11 and Friday 12 June 2026, 08:00–12:00, a health insurer's customer service. Two short mornings played one after the other: what is left at noon on Thursday is there on Friday at opening. Unanswered emails keep their age, promised callbacks are still due, and some of the customers who hung up call again the next day. Ten advisers: seven on the line and the callbacks, three on email (they take calls when the line overflows). On Thursday one adviser is absent at opening; on Friday the software slows down around 10:00. Targets: 80% of calls within 20 s, 90% of emails on time, each morning; read the end-of-day screen before you start the next one.",
      ),
      seed: 20260611,
      date: '2026-06-11',
      multiDay: { days: 2, weekdayProfile: { thursday: 1, friday: 1.1 } },
      clock: { start: '08:00', end: '12:00' },
      channels: [
        voiceLine({ steps: [['08:00', 50], ['09:00', 65], ['10:30', 55]], extra: { ...callbackOffer(90), retrialNextDay: 0.2 } }),
        callbackQueue(),
        emailQueue({ perHour: 18, backlog: { count: 30, meanAgeHours: 16 } }),
      ],
      team: advisers,
      events: [
        { day: 1, type: 'absence', at: '08:00', adviserId: 'a05' },
        { day: 2, type: 'systemSlowdown', at: '10:00', minutes: 30, handleTimeFactor: 1.3 },
      ],
      weights: { resources: 0.45, people: 0.3, improvement: 0.25 },
    });
  },
};
