/** Questions the FAQ could not answer, as the staff page reads them; the module that keeps them implements this. */
export interface UnansweredQuestionList { list(): Promise<Array<{ id: string; text: string; askedAt: number }>> }
