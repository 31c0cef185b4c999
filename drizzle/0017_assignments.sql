CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`article_id` text NOT NULL,
	`quiz_length` text NOT NULL,
	`closed_book` integer DEFAULT false NOT NULL,
	`due_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assignments_class_idx` ON `assignments` (`class_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `assignments_article_idx` ON `assignments` (`article_id`);--> statement-breakpoint
ALTER TABLE `attempts` ADD `assignment_id` text REFERENCES assignments(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `attempts_assignment_idx` ON `attempts` (`assignment_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `readings` ADD `assignment_id` text REFERENCES assignments(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `readings_assignment_idx` ON `readings` (`assignment_id`);