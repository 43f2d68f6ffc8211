import type { CombinedError } from '@urql/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { EmptyState } from '../../components/query-state';
import { formatCount, formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { DomainErrorText, RequestErrorText } from './domain-error-text';
import { monthName } from './months';
import { shareOfPagu } from './number-input';
import type { DomainErrorLike } from './report-errors';
import './reports.css';

export const ReviewQueue_ProgressReportFragment = graphql(`
  fragment ReviewQueue_ProgressReportFragment on ProgressReport {
    id
    month
    fiscalYear
    status
    realisasi
    outputCumulative
    beneficiariesCumulative
    problems
    solutions
    decreaseReason
    submittedAt
    synthetic
    viewerCanReview
    program {
      id
      code
      name
      pagu
      outputUnit
      outputTarget
      beneficiaryTarget
      cluster { number }
      opd { shortName name }
    }
  }
`);

const ApproveReportMutation = graphql(`
  mutation ApproveReport($id: Int!) {
    approveReport(id: $id) {
      __typename
      ... on MutationApproveReportSuccess { data { id status month realisasi } }
      ... on DomainError { code field message }
    }
  }
`);

const ReturnReportMutation = graphql(`
  mutation ReturnReport($id: Int!, $comment: String!) {
    returnReport(id: $id, comment: $comment) {
      __typename
      ... on MutationReturnReportSuccess { data { id status month } }
      ... on DomainError { code field message }
    }
  }
`);

type Report = ResultOf<typeof ReviewQueue_ProgressReportFragment>;

interface Props {
  reports: readonly FragmentOf<typeof ReviewQueue_ProgressReportFragment>[];
}

/** What the last action did, said above the queue (the card it was on leaves the queue). */
type Done = { kind: 'approved' | 'returned'; program: string; month: string };

/** Submitted reports awaiting the cluster head's (or secretariat's) approval or return. */
export function ReviewQueue({ reports: data }: Props) {
  const { t } = useTranslation();
  const reports = readFragment(ReviewQueue_ProgressReportFragment, data);
  const [done, setDone] = useState<Done | null>(null);
  return (
    <div className="stack">
      <div aria-live="polite">
        {done && (
          <p className="notice notice--good">
            {t(done.kind === 'approved' ? 'reports.review.approved' : 'reports.review.returned', {
              program: done.program,
              month: done.month,
            })}
          </p>
        )}
      </div>
      {reports.length === 0 ? (
        <EmptyState title={t('reports.review.empty.title')}>
          <p>{t('reports.review.empty.body')}</p>
        </EmptyState>
      ) : (
        <ul className="review-list">
          {reports.map((r) => (
            <li key={r.id}>
              <ReviewCard report={r} onDone={setDone} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewCard({ report: r, onDone }: { report: Report; onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const commentId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<DomainErrorLike | 'empty' | null>(null);
  const [failure, setFailure] = useState<{ domain: DomainErrorLike } | { request: CombinedError } | null>(null);
  const [approveState, approve] = useMutation(ApproveReportMutation);
  const [returnState, returnReport] = useMutation(ReturnReportMutation);
  const busy = approveState.fetching || returnState.fetching;
  const month = `${monthName(r.month, lang)} ${r.fiscalYear}`;
  const share = shareOfPagu(r.realisasi, r.program.pagu);

  useEffect(() => {
    if (returning) commentRef.current?.focus();
  }, [returning]);

  function openConfirm() {
    dialogRef.current?.showModal();
    // Focus on the safe choice: Enter does not approve by accident.
    cancelRef.current?.focus();
  }

  async function onApprove() {
    dialogRef.current?.close();
    setFailure(null);
    const result = await approve({ id: r.id });
    const answer = result.data?.approveReport;
    if (!answer) {
      if (result.error) setFailure({ request: result.error });
      return;
    }
    if (answer.__typename === 'DomainError') {
      setFailure({ domain: answer });
      return;
    }
    onDone({ kind: 'approved', program: r.program.name, month });
  }

  async function onReturn() {
    setFailure(null);
    // The API requires a comment too (report/comment_required); saying so here saves a round trip.
    if (comment.trim() === '') {
      setCommentError('empty');
      commentRef.current?.focus();
      return;
    }
    const result = await returnReport({ id: r.id, comment: comment.trim() });
    const answer = result.data?.returnReport;
    if (!answer) {
      if (result.error) setFailure({ request: result.error });
      return;
    }
    if (answer.__typename === 'DomainError') {
      if (answer.field === 'comment') {
        setCommentError(answer);
        commentRef.current?.focus();
      } else setFailure({ domain: answer });
      return;
    }
    onDone({ kind: 'returned', program: r.program.name, month });
  }

  return (
    <article className="card review-card" aria-labelledby={titleId}>
      <header className="review-card__header">
        <div>
          <h3 id={titleId} className="review-card__title">
            {r.program.name}
          </h3>
          <p className="review-card__meta">
            <abbr title={r.program.opd.name}>{r.program.opd.shortName}</abbr>
            <span>{t('reports.review.cluster', { number: r.program.cluster.number })}</span>
            <span>{t('reports.review.month', { month })}</span>
            {r.synthetic && (
              <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
                {t('provenance.synthetic')}
              </span>
            )}
          </p>
        </div>
      </header>
      <dl className="review-card__figures">
        <div>
          <dt>{t('reports.col.realisasi')}</dt>
          <dd>
            <strong>{formatRupiah(r.realisasi)}</strong>
            <span>
              {share === null ? '' : t('reports.review.ofPagu', { share: formatRate(share), pagu: formatRupiah(r.program.pagu) })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('reports.col.output')}</dt>
          <dd>
            <strong>{formatCount(r.outputCumulative)}</strong>
            <span>{t('reports.review.ofTarget', { target: formatCount(r.program.outputTarget), unit: r.program.outputUnit })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('reports.col.beneficiaries')}</dt>
          <dd>
            <strong>{formatCount(r.beneficiariesCumulative)}</strong>
            <span>{t('reports.review.ofTarget', { target: formatCount(r.program.beneficiaryTarget), unit: t('unit.households') })}</span>
          </dd>
        </div>
      </dl>
      {r.decreaseReason && (
        <div className="notice notice--returned review-card__decrease" role="note">
          <p className="notice__title">{t('reports.review.decreaseTitle')}</p>
          <p>{r.decreaseReason}</p>
        </div>
      )}
      {(r.problems || r.solutions) && (
        <dl className="review-card__notes">
          {r.problems && (
            <div>
              <dt>{t('reports.form.problems')}</dt>
              <dd>{r.problems}</dd>
            </div>
          )}
          {r.solutions && (
            <div>
              <dt>{t('reports.form.solutions')}</dt>
              <dd>{r.solutions}</dd>
            </div>
          )}
        </dl>
      )}
      {r.viewerCanReview && (
        <div className="form-actions">
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && openConfirm()}>
            {approveState.fetching ? t('reports.review.approving') : t('reports.review.approve')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={returning}
            aria-controls={commentId}
            onClick={() => setReturning((v) => !v)}
          >
            {t('reports.review.return')}
          </button>
        </div>
      )}
      {returning && (
        <div className="return-box" id={commentId}>
          <label htmlFor={`${commentId}-input`}>{t('reports.review.comment')}</label>
          <textarea
            ref={commentRef}
            id={`${commentId}-input`}
            rows={3}
            maxLength={4000}
            value={comment}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={`${commentId}-hint${commentError ? ` ${commentId}-error` : ''}`}
            onChange={(e) => {
              setComment(e.target.value);
              setCommentError(null);
            }}
          />
          <p id={`${commentId}-hint`} className="form-field__hint">
            {t('reports.review.commentHint')}
          </p>
          {commentError && (
            <p id={`${commentId}-error`} className="field-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {commentError === 'empty' ? t('error.report/comment_required') : <DomainErrorText error={commentError} />}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && void onReturn()}>
              {returnState.fetching ? t('reports.review.returning') : t('reports.review.returnConfirm')}
            </button>
            <button type="button" className="button button--light" onClick={() => setReturning(false)}>
              {t('reports.review.cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('reports.review.failed')}</p>
          <p>{'domain' in failure ? <DomainErrorText error={failure.domain} /> : <RequestErrorText error={failure.request} />}</p>
        </div>
      )}
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={`${titleId}-confirm`}>
        <h2 id={`${titleId}-confirm`} className="confirm-dialog__title">
          {t('reports.review.confirmTitle')}
        </h2>
        <p>
          {t('reports.review.confirmBody', {
            program: r.program.name,
            opd: r.program.opd.shortName,
            month,
            realisasi: formatRupiah(r.realisasi),
          })}
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void onApprove()}>
            {t('reports.review.confirmYes')}
          </button>
          <button type="button" className="button button--light" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
            {t('reports.review.cancel')}
          </button>
        </div>
      </dialog>
    </article>
  );
}
