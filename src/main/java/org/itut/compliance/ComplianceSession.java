package org.itut.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Session;

/**
 * Facts kept in working memory as of one date, changed a fact at a time, each change answered with
 * what it changed in the report ({@link ReportDelta}). For an application that re-checks after every
 * edit: a change costs what it touches, not what the session holds. Open one with
 * {@link ComplianceEngine#open(LocalDate)} or {@link ComplianceEngine#open(Submission, LocalDate)}.
 *
 * <pre>{@code
 * try (ComplianceSession session = engine.open(FactReader.readRegister(), LocalDate.of(2026, 2, 15))) {
 *     Report before = session.report();
 *     ReportDelta d = session.update(Meeting.builder("SG17-2026-01", "SG17").start(LocalDate.of(2026, 1, 19)).build());
 *     d.removed().forEach(f -> System.out.println("- " + f.rule() + " " + f.subject() + " " + f.outcome()));
 *     d.added().forEach(f -> System.out.println("+ " + f.rule() + " " + f.subject() + " " + f.outcome()));
 * }
 * }</pre>
 *
 * <p><b>Equal to a fresh evaluation.</b> After any sequence of changes, {@link #report()} equals what
 * {@link ComplianceEngine#evaluate(Submission, LocalDate)} gives for {@link #submission()} on the same date.
 *
 * <p><b>Which fact a change changes.</b> A fact with an id (group, meeting, document, decision,
 * consultation, reply, draft Question or Recommendation, consultation result, JCA proposal, lead
 * designation) by its id: {@link #update(Object)} replaces the fact with the new fact's id,
 * {@link #retract(String)} removes the fact with that id. A fact without an id (inventory, delivery,
 * arrangements, handling, liaison and report details, participant list, leader details) by its value:
 * {@link #replace(Object, Object)} and {@link #retractFact(Object)} take a fact equal to one in the
 * session (records compare by value) and change the first such fact. Equal facts without an id are
 * interchangeable; only how many there are counts.
 *
 * <p><b>Checked as a submission is.</b> A change that would leave facts {@link Submission#validate()}
 * refuses (an id used twice, an id named that is not there, a parent cycle, a position on a subject
 * the consultation lacks) is refused with an {@link InvalidSubmissionException} listing the same
 * problems, and the session is left as it was. The check looks only at what the change touches.
 * {@link #apply(List)} checks a batch as a whole: a meeting and its group can be inserted together in
 * either order, and an id may be retracted and inserted again in one batch.
 *
 * <p><b>The date is fixed.</b> The as-of date decides what is due and which edition applies to nearly
 * every finding, so a session has one; to judge on another date, open another session.
 *
 * <p><b>One thread; close it.</b> A session is not thread-safe: use it from one thread at a time. It
 * holds its working memory until {@link #close()}; any call after that throws an
 * {@link IllegalStateException}. A rule that fails while judging a change ({@link EvaluationException})
 * leaves working memory part-way through the change: the session then refuses every further call, and
 * only {@link #close()} is useful.
 */
public final class ComplianceSession implements AutoCloseable {
    private final Session session;
    private final Consumer<Report> observer;

    ComplianceSession(Session session, Consumer<Report> observer) {
        this.session = session;
        this.observer = observer;
    }

    /**
     * The date the facts are judged on.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return session.asOf();
    }

    /**
     * Inserts a fact.
     *
     * @param fact a fact of one of the kinds of {@link Submission#factTypes()}
     * @return what changed in the report
     * @throws InvalidSubmissionException if the facts would not validate (its id used already, an id it names missing ...)
     * @throws IllegalStateException if the session is closed or has failed
     */
    public ReportDelta insert(Object fact) {
        return apply(List.of(FactChange.insert(fact)));
    }

    /**
     * Replaces the fact that has {@code fact}'s id with {@code fact}, in its place.
     *
     * @param fact the new value of a fact with an id
     * @return what changed in the report
     * @throws IllegalArgumentException if no fact has its id, or that fact is of another kind, or its kind has no id
     * @throws InvalidSubmissionException if the facts would not validate
     * @throws IllegalStateException if the session is closed or has failed
     */
    public ReportDelta update(Object fact) {
        return apply(List.of(FactChange.update(fact)));
    }

    /**
     * Replaces a fact equal to {@code old} with {@code fact}: the way to change a fact without an id.
     *
     * @param old  a fact equal to one in the session
     * @param fact the fact that takes its place
     * @return what changed in the report
     * @throws IllegalArgumentException if no fact equal to {@code old} is in the session
     * @throws InvalidSubmissionException if the facts would not validate
     * @throws IllegalStateException if the session is closed or has failed
     */
    public ReportDelta replace(Object old, Object fact) {
        return apply(List.of(FactChange.replace(old, fact)));
    }

    /**
     * Retracts the fact with id {@code id}.
     *
     * @param id the id of a fact in the session
     * @return what changed in the report
     * @throws IllegalArgumentException if no fact has that id
     * @throws InvalidSubmissionException if a fact still names it
     * @throws IllegalStateException if the session is closed or has failed
     */
    public ReportDelta retract(String id) {
        return apply(List.of(FactChange.retract(id)));
    }

    /**
     * Retracts a fact equal to {@code fact}: the way to retract a fact without an id.
     *
     * @param fact a fact equal to one in the session
     * @return what changed in the report
     * @throws IllegalArgumentException if no fact equal to it is in the session
     * @throws InvalidSubmissionException if a fact still names its id
     * @throws IllegalStateException if the session is closed or has failed
     */
    public ReportDelta retractFact(Object fact) {
        return apply(List.of(FactChange.retractFact(fact)));
    }

    /**
     * Applies {@code changes} in order as one change, checked as a whole once all are applied.
     *
     * @param changes the changes
     * @return what they changed in the report, together
     * @throws IllegalArgumentException if a change names a fact that is not there (the message says which change)
     * @throws InvalidSubmissionException if the facts after the batch would not validate; nothing is changed
     * @throws EvaluationException if a rule fails; the session is then unusable
     * @throws IllegalStateException if the session is closed or has failed
     */
    public ReportDelta apply(List<FactChange> changes) {
        Objects.requireNonNull(changes, "changes");
        return session.apply(changes);
    }

    /**
     * The report on the facts as they are now: equal to a fresh evaluation of {@link #submission()} on {@link #asOf()}.
     *
     * @return the report
     * @throws IllegalStateException if the session is closed or has failed
     */
    public Report report() {
        Report r = session.report();
        if (observer != null) {
            observer.accept(r);
        }
        return r;
    }

    /**
     * The facts as they are now, each kind in its order: a fact changed in place keeps its place, an
     * inserted one comes last of its kind. A fact keeps where it was read from until it is changed.
     *
     * @return a new submission
     * @throws IllegalStateException if the session is closed or has failed
     */
    public Submission submission() {
        return session.submission();
    }

    /**
     * How many facts the session holds.
     *
     * @return the count over all kinds
     * @throws IllegalStateException if the session is closed or has failed
     */
    public int size() {
        return session.size();
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return session.closed();
    }

    /** Releases the working memory. Calling it again does nothing. */
    @Override
    public void close() {
        session.close();
    }

    /** The session behind this one, for the library's own tests. */
    Session internal() {
        return session;
    }
}
