CREATE TABLE `generation_failures` (
	`article_id` text PRIMARY KEY NOT NULL,
	`version` text NOT NULL,
	`message` text NOT NULL,
	`failed_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
