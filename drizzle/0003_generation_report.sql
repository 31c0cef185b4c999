ALTER TABLE `generations` ADD `rejected` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `generations` ADD `shortfall_reason` text;--> statement-breakpoint
ALTER TABLE `questions` ADD `edited_at` integer;