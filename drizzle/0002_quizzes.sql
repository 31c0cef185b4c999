CREATE TABLE `answers` (
	`item_id` text PRIMARY KEY NOT NULL,
	`attempt_id` text NOT NULL,
	`chosen_index` integer NOT NULL,
	`correct` integer NOT NULL,
	`answered_at` integer NOT NULL,
	`time_ms` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `attempt_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `attempt_items` (
	`id` text PRIMARY KEY NOT NULL,
	`attempt_id` text NOT NULL,
	`position` integer NOT NULL,
	`question_id` text NOT NULL,
	`stem` text NOT NULL,
	`options` text NOT NULL,
	`option_order` text NOT NULL,
	`answer_index` integer NOT NULL,
	`explanation` text NOT NULL,
	`source_sentence` text NOT NULL,
	`highlight_start` integer,
	`highlight_end` integer,
	`shown_at` integer,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempt_items_position_unique` ON `attempt_items` (`attempt_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `attempt_items_question_unique` ON `attempt_items` (`attempt_id`,`question_id`);--> statement-breakpoint
CREATE INDEX `attempt_items_question_idx` ON `attempt_items` (`question_id`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`article_id` text NOT NULL,
	`retry_of` text,
	`seed` integer NOT NULL,
	`total` integer NOT NULL,
	`cursor` integer DEFAULT 0 NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attempts_user_idx` ON `attempts` (`user_id`,`finished_at`);--> statement-breakpoint
CREATE TABLE `facts` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`generation_id` text NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`statement` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`generation_id`) REFERENCES `generations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `facts_generation_key_unique` ON `facts` (`generation_id`,`key`);--> statement-breakpoint
CREATE TABLE `generations` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`version` text NOT NULL,
	`seed` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `generations_article_id_idx` ON `generations` (`article_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`generation_id` text NOT NULL,
	`fact_id` text NOT NULL,
	`kind` text NOT NULL,
	`stem` text NOT NULL,
	`options` text NOT NULL,
	`answer_index` integer NOT NULL,
	`explanation` text NOT NULL,
	`source_sentence` text NOT NULL,
	`source_start` integer NOT NULL,
	`source_end` integer NOT NULL,
	`answer_start` integer,
	`answer_end` integer,
	`difficulty` real NOT NULL,
	`generator_version` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`retired_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`generation_id`) REFERENCES `generations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "questions_status_check" CHECK("questions"."status" IN ('active', 'retired')),
	CONSTRAINT "questions_answer_index_check" CHECK("questions"."answer_index" BETWEEN 0 AND 3)
);
--> statement-breakpoint
CREATE INDEX `questions_article_status_idx` ON `questions` (`article_id`,`status`);