// Word lists the stages share. Fallback distractors are kept generic on purpose: they must read as
// plausible to someone who has not read the article, whatever its topic.
export * from './organisations';
export * from './people';
export * from './places';
export * from './time';
export * from './words';
