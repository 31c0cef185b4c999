ALTER TABLE `articles` ADD `reading_level` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `reading_grade` real;