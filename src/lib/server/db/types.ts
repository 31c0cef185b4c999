// The rows of the tables, as Drizzle reads them: one home for them, so modules that share a row
// type do not import each other for it.
import type {
	answers,
	articles,
	attempts,
	classes,
	questions,
	readings,
	reviewCards,
	users
} from './schema';

export type Article = typeof articles.$inferSelect;
export type User = typeof users.$inferSelect;
export type StoredQuestion = typeof questions.$inferSelect;
export type ReviewCard = typeof reviewCards.$inferSelect;
export type Attempt = typeof attempts.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type Reading = typeof readings.$inferSelect;
export type SchoolClass = typeof classes.$inferSelect;
