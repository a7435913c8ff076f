package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * People doing something at the same moment: one piece of work per person, each on its own managed
 * thread signed in as that person, all held at a start gate until every thread waits there, then released
 * together. What each got, a result or a refusal, is kept in the order of the people.
 */
final class ProjectRace {

    static final long WAIT_SECONDS = 60;

    private ProjectRace() {
    }

    /** What each racer got: their result, or null and their refusal. */
    record Result<T>(List<String> people, List<T> results, List<Throwable> refusals) {

        /** The indexes of the racers whose work succeeded. */
        List<Integer> winners() {
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                if (refusals.get(i) == null) {
                    winners.add(i);
                }
            }
            return winners;
        }

        List<Throwable> losers() {
            return refusals.stream().filter(Objects::nonNull).toList();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < people.size(); i++) {
                text.append(people.get(i)).append(": ").append(refusals.get(i) == null ? results.get(i)
                        : describe(refusals.get(i))).append("; ");
            }
            return text.toString();
        }
    }

    static String describe(Throwable refusal) {
        if (refusal instanceof org.birge.portal.shared.domain.Localizable localizable) {
            return refusal.getClass().getSimpleName() + "[" + localizable.getMessageKey() + " "
                    + localizable.getArguments() + "]";
        }
        return String.valueOf(refusal);
    }

    static <T> Result<T> run(TestSignIn signIn, ExecutorService executor, List<String> people, String roles,
                             IntFunction<Callable<T>> work) throws Exception {
        int n = people.size();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        List<TestSignIn.Task<T>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<T> job = work.apply(i);
            tasks.add(new TestSignIn.Task<>(people.get(i), roles, () -> {
                ready.countDown();
                if (!start.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                return job.call();
            }));
        }
        List<T> results = new ArrayList<>();
        List<Throwable> refusals = new ArrayList<>();
        signIn.submitEach(executor, tasks, futures -> {
            try {
                if (!ready.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    fail("only " + (n - ready.getCount()) + " of " + n + " threads reached the start gate:"
                            + " the executor does not run them side by side");
                }
            } finally {
                start.countDown();
            }
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(WAIT_SECONDS, TimeUnit.SECONDS));
                    refusals.add(null);
                } catch (ExecutionException e) {
                    results.add(null);
                    refusals.add(e.getCause());
                }
            }
            return null;
        });
        return new Result<>(List.copyOf(people), results, refusals);
    }
}
