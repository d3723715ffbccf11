// The frontmatter contract of docs/content-guide.md as a schema.
import * as v from 'valibot';
import { TOPICS, type TopicId } from '../../lib/content/types.ts';

export const LIMITS = {
  title: 60,
  tipBody: 280,
  excerpt: 280,
  articleWords: [250, 700],
  topics: 3,
  sources: 3,
} as const;

const topicIds = TOPICS.map((t) => t.id) as TopicId[];

const https = v.pipe(v.string('must be text'), v.regex(/^https:\/\/\S+$/, 'must be an https:// URL'));

const source = v.strictObject({
  title: v.pipe(v.string('must be text'), v.nonEmpty('must not be empty')),
  publisher: v.pipe(v.string('must be text'), v.nonEmpty('must not be empty')),
  url: https,
});

export const frontmatterSchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  kind: v.picklist(['tip', 'article'], 'must be "tip" or "article"'),
  title: v.pipe(
    v.string('must be text'),
    v.nonEmpty('must not be empty'),
    v.maxLength(LIMITS.title, `must be at most ${LIMITS.title} characters`),
  ),
  topics: v.pipe(
    v.array(v.picklist(topicIds, `must be one of: ${topicIds.join(', ')}`)),
    v.minLength(1, 'needs at least one topic'),
    v.maxLength(LIMITS.topics, `may list at most ${LIMITS.topics} topics`),
    v.check((list) => new Set(list).size === list.length, 'must not repeat a topic'),
  ),
  practice: v.optional(v.picklist(['breathing', 'grounding'], 'must be "breathing" or "grounding"')),
  // Crisis, self-harm and suicide items: never shown on a new tab or in the popup unasked.
  sensitive: v.optional(v.literal(true, 'must be true, or left out')),
  excerpt: v.optional(
    v.pipe(
      v.string('must be text'),
      v.nonEmpty('must not be empty'),
      v.maxLength(LIMITS.excerpt, `must be at most ${LIMITS.excerpt} characters`),
      v.check((s) => !/[<>*_`[\]]/.test(s), 'must be plain text (no Markdown or markup)'),
    ),
  ),
  sources: v.optional(v.pipe(v.array(source), v.maxLength(LIMITS.sources, `may list at most ${LIMITS.sources} sources`)), []),
  reviewed: v.pipe(
    v.union([v.date(), v.string('must be text')]),
    v.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
    v.isoDate('must be a date like 2026-11-26'),
  ),
});

export type Frontmatter = v.InferOutput<typeof frontmatterSchema>;

/** "topics.1: must be one of …" for the first problem valibot found. */
export function describeIssue(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const [issue] = issues;
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
