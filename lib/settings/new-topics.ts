// Topics added in a later version reach people who chose their topics before those existed: a
// stored list is a choice among the topics its writer knew, so any topic added since is on. The
// list's writer says which topics it knew (settings.topicsSeen, written with the list); a list
// without one was written when Tend had its first eight topics.
import { TOPICS, type TopicId } from '../content/types';

/** The topics of the first versions, which stored a topic list without saying what it knew. */
export const FIRST_TOPICS: readonly TopicId[] = ['support', 'cbt', 'dbt', 'stress', 'self-kindness', 'change', 'boundaries', 'getting-help'];

/** Where the topics a stored list's writer knew are kept, beside the list (storage.sync). */
export const SEEN_KEY = 'settings.topicsSeen';

/** Every topic this version knows, to store with a topic list it writes. */
export const knownTopics = (): TopicId[] => TOPICS.map((t) => t.id);

/**
 * The stored `topics` with every topic added since its writer's time turned on. Anything that is
 * not a list is returned as it is (the settings' own validation deals with it).
 */
export function withNewTopics(topics: unknown, seen: unknown): unknown {
  if (!Array.isArray(topics)) return topics;
  const known = new Set<unknown>(Array.isArray(seen) ? seen : FIRST_TOPICS);
  const added = knownTopics().filter((id) => !known.has(id) && !topics.includes(id));
  return added.length === 0 ? topics : [...topics, ...added];
}
