/**
 * Exam over two days: Thursday and Friday mornings on a voice line with callbacks and
 * an email queue. What Thursday leaves (emails, callbacks, callers trying again, tired or
 * unhappy advisers) is Friday's start; Friday brings an incident. Short days, so the
 * exam (and its calibration) costs what one long day does.
 */
import { callbackOffer, callbackQueue, emailQueue, nameOf, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'exam-two-days';

export const examTwoDays: LibraryEntry = {
  file: `scenarios/exam/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(8, { skills: { voice: 0.9, callback: 0.85 }, routingProfile: { voice: 1, callback: 2 } }),
      ...times(2, { skills: { email: 0.9, voice: 0.7 }, routingProfile: { email: 1, voice: 2 } }),
      { skills: { voice: 0.4, callback: 0.35 }, newHire: true },
    ]);
    const hire = nameOf(advisers, 'a11');
    const sick = nameOf(advisers, 'a04');
    return scenario({
      id,
      purpose: 'exam',
      title: t('Examen sur deux jours : jeudi et vendredi matin', 'Two-day exam: Thursday and Friday mornings'),
      briefing: t(
        `Épreuve standardisée sur deux jours, identique pour chaque candidat (même graine, mêmes clients). Jeudi 11 et vendredi 12 juin 2026, 08:00–12:00, au service clients d'un opérateur télécom : 11 conseillers sur la ligne clients, les rappels promis et les e-mails, dont ${hire} (a11), nouvelle recrue. Ce qui reste jeudi midi est là vendredi matin : e-mails (avec leur âge), rappels promis, clients qui rappellent, fatigue et moral de l'équipe. Jeudi à 09:30, ${sick} (a04) se déclare malade. Vendredi à 09:00, une panne du réseau mobile déclenche un afflux d'appels pendant une heure. Objectifs, chaque jour : 80 % des appels en 20 s, moins de 5 % d'abandons, les e-mails dans les délais, aucune infraction aux règles de pause. Vos actions sont enregistrées ; le fichier de résultat est vérifié par rejeu.`,
        `A standardised exam over two days, identical for every candidate (same seed, same customers). Thursday 11 and Friday 12 June 2026, 08:00–12:00, at a telecom operator's customer service: 11 advisers on the customer line, the promised callbacks and the emails, among them ${hire} (a11), a new hire. What is left on Thursday at noon is there on Friday morning: emails (with their age), promised callbacks, customers calling again, the team's fatigue and mood. On Thursday at 09:30, ${sick} (a04) calls in sick. On Friday at 09:00 a mobile network outage brings a flood of calls for an hour. Targets, each day: 80% of calls within 20 s, under 5% abandons, emails on time, no breach of the break rules. Your actions are logged; the result file is verified by replay.`,
      ),
      seed: 626262,
      date: '2026-06-11',
      multiDay: { days: 2, weekdayProfile: { thursday: 1, friday: 1.1 }, dayToDaySpread: 0.05 },
      clock: { start: '08:00', end: '12:00' },
      channels: [
        voiceLine({ steps: [['08:00', 70], ['08:30', 85], ['09:00', 95], ['10:00', 100], ['11:00', 85]], extra: { ...callbackOffer(90), retrialNextDay: 0.15 } }),
        callbackQueue(),
        emailQueue({ perHour: 14, backlog: { count: 20, meanAgeHours: 18 } }),
      ],
      team: advisers,
      events: [
        { day: 1, type: 'absence', at: '09:30', adviserId: 'a04' },
        { day: 2, type: 'incident', at: '09:00', minutes: 60, channelId: 'voice', surge: 1.4, label: t('Panne du réseau mobile', 'Mobile network outage') },
        { day: 2, type: 'vipComplaint', at: '11:00', channelId: 'voice' },
      ],
      weights: { resources: 0.4, people: 0.3, improvement: 0.3 },
    });
  },
};
