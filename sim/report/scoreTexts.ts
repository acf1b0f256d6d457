/**
 * The score's entries and missed moments in words, French and English, keyed by
 * their code (see sim/kpi/judge/). One table for the console (src/i18n spreads it
 * under `score.entry.` / `score.missed.`) and the shift report, which cannot use
 * the page's dictionaries. `{name}` placeholders are the entry's params.
 */
type Texts = { readonly entry: Readonly<Record<string, string>>; readonly missed: Readonly<Record<string, string>> };

const en = {
  entry: {
    handAnswered: 'raised hand of {adviser} answered in time ({time})',
    handUnanswered: 'raised hand of {adviser} at {time} left unanswered',
    breach: 'rule {rule} broken for {adviser} at {time}',
    absenceRecorded: 'absence of {adviser} ({time}) recorded for the shift report',
    absenceUnrecorded: 'absence of {adviser} ({time}) not recorded',
    serviceLevelVsGhost: 'service level (share of target) {value} % against {ghost} % with nothing done',
    abandonsVsGhost: 'abandon rate {value} % against {ghost} % with nothing done',
    overflowInSurge: 'overflow {group} opened at {time}: {minutes} min while the queue needed it',
    briefingMissing: 'incident from {incident}: the team was not briefed',
    ivrMissing: 'incident from {incident}: callers were not told by the IVR message',
    listenIn: 'listened in on {adviser} at {time} to evaluate quality',
    recognition: "recognised {adviser}'s work at {time}",
    onTimeVsGhost: 'answered before due time {value} % against {ghost} % with nothing done',
    costVsGhost: '€{euros} spent on overflow and overtime (budget €{budget})',
    qualityVsGhost: 'quality grid {value} against {ghost} with nothing done',
    fcrVsGhost: 'first-contact resolution {value} % against {ghost} % with nothing done',
    complaintsVsGhost: '{value} complaints against {ghost} with nothing done',
    csatVsGhost: 'customer satisfaction {value} / 5 against {ghost} with nothing done',
    stressVsGhost: 'team stress {value} % against {ghost} % with nothing done',
    fatigueVsGhost: 'team fatigue {value} % against {ghost} % with nothing done',
    ivrOnIncident: 'IVR incident message set at {time}, {minutes} min after the incident began',
    ivrOnIncidentLate: 'IVR incident message set late, at {time} ({minutes} min after the incident began)',
    overflowIdle: 'overflow {group} open {minutes} min while the team could cope (opened {time})',
    offQueueUnderPressure: '{adviser} taken off the queue at {time} while it was missing its target',
    offQueueQuiet: '{adviser} taken off the queue at {time}',
    handAnsweredSlow: 'raised hand of {adviser} answered at {time}, after {seconds} s',
    coachNeedy: 'coached {adviser} at {time}, who needed it',
    coachMiddle: 'coached {adviser} at {time}',
    coachStrong: 'coached {adviser} at {time}, already strong: time off the queue for little',
    newHireUncoached: '{adviser}, a new hire, had no coaching by {time}',
    absenceRecordedLate: 'absence of {adviser} ({time}) recorded late',
    absenceWrong: 'absence recorded for {adviser}, who was not absent ({time})',
    latenessRecorded: 'lateness of {adviser} recorded ({time})',
    breakCancelled: 'break of {adviser} cancelled at {time}',
    breakDelayed: 'break of {adviser} delayed at {time}',
    dialerBreach: 'dialer on {channel} broke {rule} {count} times from {time}',
    briefingOnIncident: 'team briefed on the incident at {time}, {minutes} min after it began',
    briefingOnIncidentLate: 'team briefed late on the incident, at {time} ({minutes} min after it began)',
    noEvaluation: 'no listen-in or quality evaluation by {time}',
    hireBest: 'hired {candidate}, the best candidate available (merit {merit})',
    hireBetterAvailable: 'hired {candidate} (merit {merit}) while {better} (merit {best}) was available',
    rampUpFaster: '{adviser} reached {reached} % proficiency in {days} days, against {untouched} % with nothing done',
    rampUpUntouched: '{adviser} reached {reached} % proficiency in {days} days, as with nothing done',
    rampUpSlower: '{adviser} reached only {reached} % proficiency in {days} days, against {untouched} % with nothing done',
  },
  missed: {
    lowServiceLevel: 'Service level on {channel} under {under} % for {minutes} min',
  },
} as const;

const fr: { readonly [P in keyof typeof en]: Readonly<Record<keyof (typeof en)[P], string>> } = {
  entry: {
    handAnswered: 'main levée de {adviser} prise à temps ({time})',
    handUnanswered: 'main levée de {adviser} à {time} restée sans réponse',
    breach: 'règle {rule} enfreinte pour {adviser} à {time}',
    absenceRecorded: 'absence de {adviser} ({time}) saisie pour le compte rendu',
    absenceUnrecorded: 'absence de {adviser} ({time}) non saisie',
    serviceLevelVsGhost: 'taux de service (part de l’objectif) {value} % contre {ghost} % sans intervention',
    abandonsVsGhost: 'taux d’abandon {value} % contre {ghost} % sans intervention',
    overflowInSurge: 'débordement {group} ouvert à {time} : {minutes} min quand la file en avait besoin',
    briefingMissing: 'incident depuis {incident} : l’équipe n’a pas été briefée',
    ivrMissing: 'incident depuis {incident} : aucun message SVI pour prévenir les appelants',
    listenIn: 'écoute de {adviser} à {time} pour évaluer la qualité',
    recognition: 'travail de {adviser} reconnu à {time}',
    onTimeVsGhost: 'réponses avant échéance {value} % contre {ghost} % sans intervention',
    costVsGhost: '{euros} € dépensés en débordement et heures supplémentaires (budget {budget} €)',
    qualityVsGhost: 'grille qualité {value} contre {ghost} sans intervention',
    fcrVsGhost: 'résolution au premier contact {value} % contre {ghost} % sans intervention',
    complaintsVsGhost: '{value} réclamations contre {ghost} sans intervention',
    csatVsGhost: 'satisfaction client {value} / 5 contre {ghost} sans intervention',
    stressVsGhost: 'stress de l’équipe {value} % contre {ghost} % sans intervention',
    fatigueVsGhost: 'fatigue de l’équipe {value} % contre {ghost} % sans intervention',
    ivrOnIncident: 'message d’incident SVI activé à {time}, {minutes} min après le début de l’incident',
    ivrOnIncidentLate: 'message d’incident SVI activé tard, à {time} ({minutes} min après le début de l’incident)',
    overflowIdle: 'débordement {group} ouvert {minutes} min alors que l’équipe suffisait (ouvert à {time})',
    offQueueUnderPressure: '{adviser} retiré·e de la file à {time} alors qu’elle manquait son objectif',
    offQueueQuiet: '{adviser} retiré·e de la file à {time}',
    handAnsweredSlow: 'main levée de {adviser} prise à {time}, après {seconds} s',
    coachNeedy: 'coaching de {adviser} à {time}, qui en avait besoin',
    coachMiddle: 'coaching de {adviser} à {time}',
    coachStrong: 'coaching de {adviser} à {time}, déjà solide : du temps hors file pour peu de gain',
    newHireUncoached: '{adviser}, nouvelle recrue, sans coaching à {time}',
    absenceRecordedLate: 'absence de {adviser} ({time}) saisie en retard',
    absenceWrong: 'absence saisie pour {adviser}, qui était présent·e ({time})',
    latenessRecorded: 'retard de {adviser} saisi ({time})',
    breakCancelled: 'pause de {adviser} annulée à {time}',
    breakDelayed: 'pause de {adviser} reportée à {time}',
    dialerBreach: 'numéroteur sur {channel} : règle {rule} enfreinte {count} fois depuis {time}',
    briefingOnIncident: 'équipe briefée sur l’incident à {time}, {minutes} min après son début',
    briefingOnIncidentLate: 'équipe briefée tard sur l’incident, à {time} ({minutes} min après son début)',
    noEvaluation: 'aucune écoute ni évaluation qualité à {time}',
    hireBest: '{candidate} recruté·e, le meilleur profil disponible (mérite {merit})',
    hireBetterAvailable: '{candidate} recruté·e (mérite {merit}) alors que {better} (mérite {best}) était disponible',
    rampUpFaster: '{adviser} atteint {reached} % de maîtrise en {days} jours, contre {untouched} % sans intervention',
    rampUpUntouched: '{adviser} atteint {reached} % de maîtrise en {days} jours, comme sans intervention',
    rampUpSlower: '{adviser} n’atteint que {reached} % de maîtrise en {days} jours, contre {untouched} % sans intervention',
  },
  missed: {
    lowServiceLevel: 'Taux de service sur {channel} sous {under} % pendant {minutes} min',
  },
};

export const scoreTexts: { readonly en: typeof en; readonly fr: typeof fr } & Readonly<Record<'en' | 'fr', Texts>> = { en, fr };

/** The same table under a key prefix, typed key by key (the page's MessageKey stays exact). */
export function prefixed<P extends string, T extends Readonly<Record<string, string>>>(prefix: P, table: T): { readonly [K in keyof T & string as `${P}${K}`]: T[K] } {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [prefix + k, v])) as { readonly [K in keyof T & string as `${P}${K}`]: T[K] };
}
