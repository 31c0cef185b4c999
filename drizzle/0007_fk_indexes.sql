CREATE INDEX `attempts_article_idx` ON `attempts` (`article_id`);--> statement-breakpoint
CREATE INDEX `facts_article_idx` ON `facts` (`article_id`);--> statement-breakpoint
CREATE INDEX `questions_generation_idx` ON `questions` (`generation_id`);--> statement-breakpoint
CREATE INDEX `questions_fact_idx` ON `questions` (`fact_id`);--> statement-breakpoint
CREATE INDEX `review_cards_question_idx` ON `review_cards` (`question_id`);--> statement-breakpoint
CREATE INDEX `review_cards_item_idx` ON `review_cards` (`item_id`);