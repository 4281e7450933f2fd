package uk.org.casereview.projections.recommendation;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import uk.org.casereview.projections.readmodel.DailyCounts;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.made;

/**
 * Two processor threads, each in its own transaction, whose batches add the first change of the same day to the daily
 * counts (two recommendations made the same day, in different segments). On H2 the second insert of the day's row would
 * clash with the first one's key while the first has not committed; the second batch waits for the first instead, and
 * both are counted.
 */
class DailyCountsConcurrencyTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(fx.jdbc.getDataSource());

    /** Axon's transaction manager over the database's Spring one, as the processor's unit of work has it. */
    private final TransactionManager axonTransactions = () -> {
        TransactionStatus status = transactions.getTransaction(new DefaultTransactionDefinition());
        return new Transaction() {
            @Override
            public void commit() {
                transactions.commit(status);
            }

            @Override
            public void rollback() {
                transactions.rollback(status);
            }
        };
    };

    /** Hands the message over in a unit of work with a transaction, running {@code beforeCommit} after the batch is written. */
    private void batch(DomainEventMessage<?> message, Runnable beforeCommit) {
        BatchingUnitOfWork<?> unitOfWork = new BatchingUnitOfWork<>(List.of(message));
        unitOfWork.attachTransaction(axonTransactions);
        unitOfWork.executeWithResult(() -> {
            fx.dispatch(message);
            unitOfWork.onPrepareCommit(u -> beforeCommit.run()); // after the projection's own, which writes the batch
            return null;
        });
        if (unitOfWork.isRolledBack()) {
            throw new AssertionError("the batch rolled back", unitOfWork.getExecutionResult().getExceptionResult());
        }
    }

    @Test
    void twoBatchesAddingTheSameNewDayAreBothCounted() throws Exception {
        DomainEventMessage<?> first = fx.next(made("rec-a", "pr-1", "1", "2025-01-06"));
        DomainEventMessage<?> second = fx.next(made("rec-b", "pr-1", "2", "2025-01-06"));
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> batch(first, () -> {
            firstWritten.countDown();
            await(firstMayCommit);
        }));
        assertThat(firstWritten.await(10, TimeUnit.SECONDS)).as("the first batch wrote its rows").isTrue();
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> batch(second, () -> {
        })).whenComplete((done, thrown) -> failure.compareAndSet(null, thrown));

        Thread.sleep(300);
        assertThat(two).as("the second batch waits for the first to commit").isNotDone();
        firstMayCommit.countDown();
        one.get(10, TimeUnit.SECONDS);
        two.exceptionally(thrown -> null).get(10, TimeUnit.SECONDS);

        assertThat(failure.get()).as("the second batch").isNull();
        assertThat(DailyCounts.on(fx.jdbc, RecommendationRows.STATUS_COUNT, "MADE", d("2025-01-06"))).isEqualTo(2);
        assertThat(DailyCounts.on(fx.jdbc, RecommendationRows.STATUS_COUNT, "MADE", d("2025-01-05"))).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
