CREATE TABLE `review_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`card_id` text NOT NULL,
	`question_id` text NOT NULL,
	`form` text NOT NULL,
	`chosen_index` integer,
	`typed` text,
	`hinted` integer DEFAULT false NOT NULL,
	`correct` integer NOT NULL,
	`overruled` integer DEFAULT false NOT NULL,
	`rating` text NOT NULL,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`card_id`) REFERENCES `review_cards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_answers_user_idx` ON `review_answers` (`user_id`,`answered_at`);--> statement-breakpoint
CREATE INDEX `review_answers_card_idx` ON `review_answers` (`card_id`);--> statement-breakpoint
CREATE INDEX `review_answers_question_idx` ON `review_answers` (`question_id`);--> statement-breakpoint
-- A typed answer chooses no option: chosen_index becomes nullable, which SQLite does by rebuilding
-- the table (nothing references answers, so the rebuild is safe with foreign keys on).
CREATE TABLE `__new_answers` (
	`item_id` text PRIMARY KEY NOT NULL,
	`attempt_id` text NOT NULL,
	`form` text DEFAULT 'choice' NOT NULL,
	`chosen_index` integer,
	`typed` text,
	`grade_note` text,
	`correct` integer NOT NULL,
	`overruled` integer DEFAULT false NOT NULL,
	`answered_at` integer NOT NULL,
	`time_ms` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `attempt_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_answers` (`item_id`, `attempt_id`, `chosen_index`, `correct`, `answered_at`, `time_ms`) SELECT `item_id`, `attempt_id`, `chosen_index`, `correct`, `answered_at`, `time_ms` FROM `answers`;--> statement-breakpoint
DROP TABLE `answers`;--> statement-breakpoint
ALTER TABLE `__new_answers` RENAME TO `answers`;--> statement-breakpoint
CREATE INDEX `answers_attempt_idx` ON `answers` (`attempt_id`);--> statement-breakpoint
ALTER TABLE `attempts` ADD `answer_by` text DEFAULT 'choosing' NOT NULL;--> statement-breakpoint
ALTER TABLE `review_cards` ADD `pending_typed` text;--> statement-breakpoint
ALTER TABLE `review_cards` ADD `pending_hinted` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `review_cards` ADD `form` text DEFAULT 'choice' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `review_form` text DEFAULT 'ladder' NOT NULL;