CREATE TABLE `readings` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`article_id` text NOT NULL,
	`words` integer NOT NULL,
	`grade` real,
	`quiz_length` text NOT NULL,
	`answer_by` text DEFAULT 'choosing' NOT NULL,
	`reading_ms` integer DEFAULT 0 NOT NULL,
	`started_at` integer,
	`resumed_at` integer,
	`finished_at` integer,
	`timer_view` text,
	`whole_time` integer DEFAULT false NOT NULL,
	`attempt_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `readings_user_idx` ON `readings` (`user_id`,`finished_at`);--> statement-breakpoint
CREATE INDEX `readings_article_idx` ON `readings` (`article_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `readings_attempt_unique` ON `readings` (`attempt_id`);--> statement-breakpoint
ALTER TABLE `attempts` ADD `closed_book` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `attempts` ADD `practice` integer DEFAULT false NOT NULL;