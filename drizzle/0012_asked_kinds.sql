ALTER TABLE `articles` ADD `asked_kinds` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `generations` ADD `asked_kinds` text DEFAULT '[]' NOT NULL;