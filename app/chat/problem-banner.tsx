import type { ChatProblem } from './describe-error';

const TITLES: Record<ChatProblem['kind'], string> = {
  offline: 'Server unreachable',
  'no-index': 'No index yet',
  'rate-limited': 'Slow down',
  'bad-request': 'Question not sent',
  failed: 'The answer failed',
};

export interface ProblemBannerProps {
  problem: ChatProblem;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A clear error state: what went wrong and what to do about it. */
export function ProblemBanner({ problem, onRetry, onDismiss }: ProblemBannerProps) {
  const parts = problem.message.split(/`([^`]+)`/);
  return (
    <div className={`problem problem-${problem.kind}`} role="alert">
      <p>
        <strong>{TITLES[problem.kind]}.</strong> {parts.map((p, i) => (i % 2 ? <code key={i}>{p}</code> : p))}
        {problem.kind === 'no-index' && ' Then reload this page.'}
      </p>
      <div className="problem-actions">
        {onRetry && (
          <button type="button" className="ghost" onClick={onRetry}>
            Try again
          </button>
        )}
        {onDismiss && (
          <button type="button" className="ghost" onClick={onDismiss} aria-label="Dismiss the error">
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
