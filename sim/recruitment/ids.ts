/** A hire's adviser id: later days' commands address the new adviser by it. */
export const hireId = (candidateId: string): string => `hire-${candidateId}`;

/** The recruitment commands: valid only in a scenario with candidates. */
export const recruitmentCommandTypes: ReadonlySet<string> = new Set(['shortlist', 'interview', 'hire', 'assignBuddy']);
