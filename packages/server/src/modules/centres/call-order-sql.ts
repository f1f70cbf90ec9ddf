import type { CallOrderCriterion } from '@motcua/core';

/**
 * The SQL of each criterion of the calling rule, to the letter of core's compareForCall (false sorts
 * first). The instant and whether the order is a priority counter's are columns of a `clock` row the
 * query joins, e.g. `FROM queue_tickets t, (SELECT $1::timestamptz AS now, $2::boolean AS priority) AS clock`:
 * columns rather than parameters, so that a rule leaving a criterion out leaves no unused parameter.
 */
const CRITERION_SQL: Record<CallOrderCriterion, string> = {
  priority: '(NOT (clock.priority AND t.priority_group IS NOT NULL))',
  booking_due: "(NOT (t.channel = 'booking' AND t.queued_at <= clock.now))",
  queued_at: 't.queued_at',
};

/**
 * ORDER BY of the calling rule over queue_tickets `t` (and the `clock` row): the rule's criteria,
 * then the place in the queue, the issue time, the number and the id, as core orders them (a
 * property test holds the two to the same order).
 */
export function callOrderSql(order: readonly CallOrderCriterion[]): string {
  const criteria = order.includes('queued_at') ? order : [...order, 'queued_at' as const];
  return [...criteria.map((criterion) => CRITERION_SQL[criterion]), 't.issued_at', 't.number', 't.id'].join(', ');
}
